#!/bin/sh
# Starts 柜台助手 from a desktop icon. When the program cannot even start (a system
# library missing: Qt aborts before the program's own error dialog can show, or the
# loader refuses it), a desktop icon would show nothing: say it in a dialog, with the
# error kept in a log, through whichever of zenity, kdialog or xmessage the PC has.
# The program's own start failures (exit 1 or 2) already show their dialog.
here=$(dirname "$(readlink -f "$0")")
log="${TMPDIR:-/tmp}/counter-app-start-$(id -u).log"
"$here/counter-app" "$@" 2>"$log"
status=$?
if [ "$status" -ge 126 ]; then
    text="柜台助手未能启动（退出码 $status）。
多半是这台电脑缺少系统软件包：请管理员按 $here/README-linux.txt 安装。
错误信息已保存在 $log ：
$(tail -n 5 "$log")"
    if command -v zenity >/dev/null 2>&1; then
        zenity --error --title="柜台助手" --text="$text"
    elif command -v kdialog >/dev/null 2>&1; then
        kdialog --title "柜台助手" --error "$text"
    elif command -v xmessage >/dev/null 2>&1; then
        # xmessage draws no Chinese, nor wraps: the same in English, in short lines.
        xmessage -center "Counter Assistant could not start (exit status $status).
A system package is probably missing.
Ask the administrator to install what this file names:
  $here/README-linux.txt
The error is kept in:
  $log"
    fi
fi
exit "$status"
