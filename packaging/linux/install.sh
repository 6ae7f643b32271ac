#!/bin/sh
# INTERACT Desktop for this user, without root.
#
#   ./install.sh              installs (or updates) the program from this folder
#   ./install.sh --uninstall  removes it again
#
# The program goes to ~/.local/lib/interact-desktop, a link to ~/.local/bin/interact-desktop, the
# menu entry to ~/.local/share/applications and the icon to ~/.local/share/icons. Removing it
# deletes exactly these. Your notebook, checklists, bookmarks and settings are kept: they live in
# ~/.local/share/interact-desktop and ~/.config/interact-desktop, which this script never touches.
set -eu

name=interact-desktop
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
program=$HOME/.local/lib/$name
link=$HOME/.local/bin/$name
entry=$data_home/applications/$name.desktop
icons=$data_home/icons/hicolor
# Written into the program folder, so that only a folder this script made is ever deleted.
marker=.installed-by-interact-desktop

refresh_menu() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
    fi
}

remove_program() {
    if [ -e "$program" ] && [ ! -e "$program/$marker" ]; then
        echo "error: $program was not made by this script; it is left alone." >&2
        exit 1
    fi
    rm -rf "$program"
}

uninstall() {
    remove_program
    [ -L "$link" ] && rm -f "$link"
    rm -f "$entry" "$icons/256x256/apps/$name.png" "$icons/scalable/apps/$name.svg"
    refresh_menu
    echo "INTERACT Desktop is removed."
    echo "Your notebook and settings are kept in $data_home/$name and ${XDG_CONFIG_HOME:-$HOME/.config}/$name."
}

install() {
    if [ ! -x "$here/app/$name" ]; then
        echo "error: $here/app/$name is missing; unpack the whole download first." >&2
        exit 1
    fi
    mkdir -p "$(dirname "$program")" "$(dirname "$link")" "$(dirname "$entry")" \
        "$icons/256x256/apps" "$icons/scalable/apps"
    # Copy first, then swap: a failed copy leaves the installed version as it was.
    rm -rf "$program.new"
    cp -R "$here/app" "$program.new"
    cp "$here/install.sh" "$program.new/install.sh"
    touch "$program.new/$marker"
    remove_program
    mv "$program.new" "$program"
    ln -sfn "$program/$name" "$link"
    sed -e "s|^Exec=.*|Exec=\"$program/$name\"|" -e "s|^Icon=.*|Icon=$name|" \
        "$here/$name.desktop" >"$entry"
    cp "$here/$name.png" "$icons/256x256/apps/$name.png"
    cp "$here/$name.svg" "$icons/scalable/apps/$name.svg"
    refresh_menu
    echo "INTERACT Desktop is installed: find it in your applications menu."
    case ":${PATH:-}:" in
    *":$HOME/.local/bin:"*) echo "From a terminal: $name" ;;
    *) echo "From a terminal: $link" ;;
    esac
    echo "To remove it: $program/install.sh --uninstall"
}

case "${1:-}" in
"") install ;;
--uninstall) uninstall ;;
*)
    echo "usage: $0 [--uninstall]" >&2
    exit 2
    ;;
esac
