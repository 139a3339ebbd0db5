#!/bin/sh
# Draws the app icon (two stacked principle cards with a "V" on the app's accent blue) with
# ImageMagick and the bundled DejaVu Sans Bold; writes vaerksted.png (Linux), vaerksted.ico (Windows)
# and splash.png (shown by the launcher while the app starts).
# Run from this folder: sh make-icons.sh
set -e
FONT=../fonts/DejaVuSans-Bold.ttf
convert -size 512x512 xc:none \
  -fill '#0d5291' -draw 'roundrectangle 16,16 496,496 96,96' \
  -fill '#ffffff' -fill 'rgba(255,255,255,0.35)' -draw 'roundrectangle 150,96 420,400 28,28' \
  -fill '#ffffff' -draw 'roundrectangle 92,130 362,434 28,28' \
  -fill '#0d5291' -font "$FONT" -pointsize 230 -gravity center -annotate -28+36 'V' \
  -fill '#e9a23b' -draw 'rectangle 130,372 324,388' \
  vaerksted-512.png
convert vaerksted-512.png -resize 256x256 vaerksted.png
convert vaerksted-512.png -define icon:auto-resize=256,128,64,48,32,16 vaerksted.ico
rm vaerksted-512.png
# The splash the launcher shows while the app starts (the JVM's -splash:): the mark and the name.
convert -size 512x512 xc:none \
  -fill '#0d5291' -draw 'roundrectangle 16,16 496,496 96,96' \
  -fill 'rgba(255,255,255,0.35)' -draw 'roundrectangle 150,96 420,400 28,28' \
  -fill '#ffffff' -draw 'roundrectangle 92,130 362,434 28,28' \
  -fill '#0d5291' -font "$FONT" -pointsize 230 -gravity center -annotate -28+36 'V' \
  -fill '#e9a23b' -draw 'rectangle 130,372 324,388' \
  -resize 150x150 mark.png
convert -size 520x240 xc:'#ffffff' -fill none -stroke '#0d5291' -strokewidth 2 -draw 'rectangle 1,1 518,238' \
  mark.png -geometry +40+45 -composite \
  -stroke none -fill '#0d5291' -font "$FONT" -pointsize 46 -annotate +212+132 'Værksted' \
  -fill '#e9a23b' -draw 'rectangle 214,152 470,158' \
  -alpha off -depth 8 -strip splash.png
rm mark.png
