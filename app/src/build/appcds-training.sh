#!/bin/sh
# Makes lib/vaerksted.jsa, the class-data-sharing archive the launcher starts from: a training run
# exports and validates a sample and, where a display is at hand (or Xvfb can give one), opens the
# window once. Everything the run writes stays under target/ (its own home and data folder).
# Usage: appcds-training.sh JAVA TARGET_DIR SAMPLE_SESSION
set -e
JAVA=$1
cd "$2"
HOME_DIR="$PWD/appcds-home"
rm -rf "$HOME_DIR" vaerksted/lib/vaerksted.jsa
mkdir -p "$HOME_DIR"
# A copy: the window locks the file it opens, and the sample in the repository stays untouched.
SAMPLE="$HOME_DIR/training.session.json"
cp "$3" "$SAMPLE"
export XDG_DATA_HOME="$HOME_DIR/data"
# An absolute class path: the JVM accepts the archive wherever the lib folder is moved as a whole.
set -- -XX:ArchiveClassesAtExit=vaerksted/lib/vaerksted.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
  -Xss4m -Duser.home="$HOME_DIR" -cp "$PWD/vaerksted/lib/*" dk.vaerksted.cli.AppCdsTraining "$SAMPLE" appcds-training.pdf
if [ -n "$DISPLAY" ] && timeout 180 "$JAVA" "$@" --window; then
  exit 0
elif command -v xvfb-run >/dev/null 2>&1 \
    && timeout 180 xvfb-run -a -s '-screen 0 1280x800x24' "$JAVA" "$@" --window; then
  exit 0
fi
echo "appcds-training: no window could be opened: the archive covers the command line only"
rm -f vaerksted/lib/vaerksted.jsa
"$JAVA" "$@"
