#!/bin/sh
# Makes cds/vaerksted.jsa, the class-data-sharing archive the launcher starts from: a training run
# exports and validates a sample and, where a display is at hand (or Xvfb can give one), opens the
# window once. Everything the run writes stays under target/ (its own home and data folder).
# Usage: appcds-training.sh JAVA TARGET_DIR SAMPLE_SESSION
set -e
JAVA=$1
cd "$2"
HOME_DIR="$PWD/appcds-home"
mkdir -p vaerksted/cds
# (lib/vaerksted.jsa: where builds before 2026-11-22 put it)
rm -rf "$HOME_DIR" vaerksted/cds/vaerksted.jsa vaerksted/lib/vaerksted-classes.lst vaerksted/lib/vaerksted.jsa
mkdir -p "$HOME_DIR"
# A copy: the window locks the file it opens, and the sample in the repository stays untouched.
SAMPLE="$HOME_DIR/training.session.json"
cp "$3" "$SAMPLE"
export XDG_DATA_HOME="$HOME_DIR/data"
# An absolute class path, as the launcher gives it: the JVM takes the archive only with the class
# path it was made with (a moved folder, or a relative path, silently disables it).
set -- -XX:ArchiveClassesAtExit=vaerksted/cds/vaerksted.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
  -Xss4m -Duser.home="$HOME_DIR" -cp "$PWD/vaerksted/lib/*" dk.vaerksted.cli.AppCdsTraining "$SAMPLE" appcds-training.pdf
# The window run also writes the list of classes it loaded: the Linux package's install script
# loads them to make its own archive where no window can open.
LIST="-XX:DumpLoadedClassList=vaerksted/lib/vaerksted-classes.lst"
if [ -n "$DISPLAY" ] && timeout 180 "$JAVA" "$LIST" "$@" --window; then
  exit 0
elif command -v xvfb-run >/dev/null 2>&1 \
    && timeout 180 xvfb-run -a -s '-screen 0 1280x800x24' "$JAVA" "$LIST" "$@" --window; then
  exit 0
fi
echo "appcds-training: no window could be opened: the archive covers the command line only"
rm -f vaerksted/cds/vaerksted.jsa vaerksted/lib/vaerksted-classes.lst
"$JAVA" "$LIST" "$@"
