#!/bin/sh
# Draws the ProvLens icons, about image and splash screen with ImageMagick 6 (Debian's imagemagick package):
# a lens over a small provenance graph (three tasks and their lineage) on a blue tile. Run from the bundle folder;
# the outputs are committed, so the build does not need ImageMagick.
set -eu
im=/usr/bin/convert
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The 256 px master: tile, graph (edges, then nodes), lens ring and handle.
$im -size 256x256 xc:none \
  -fill '#1d4e89' -draw 'roundrectangle 8,8 247,247 44,44' \
  -stroke '#9ec5ee' -strokewidth 9 -draw 'line 86,88 150,88' -draw 'line 86,88 118,146' -draw 'line 150,88 118,146' \
  -stroke none -fill white -draw 'circle 86,88 86,108' -draw 'circle 150,88 150,108' -draw 'circle 118,146 118,166' \
  -fill none -stroke '#f2b632' -strokewidth 18 -draw 'circle 118,114 118,192' \
  -strokewidth 30 -draw 'line 176,172 222,218' \
  "$tmp/master.png"
for size in 16 32 48 64 128 256; do
  $im "$tmp/master.png" -filter Lanczos -resize ${size}x${size} -strip "icons/provlens${size}.png"
done
cp icons/provlens128.png icons/about.png
# The splash (BMP, read by the launcher): the icon, the name and what it is; the bottom band shows start-up progress.
$im -size 480x300 xc:'#12345e' \
  \( icons/provlens128.png \) -geometry +36+58 -composite \
  -font DejaVu-Sans-Bold -pointsize 44 -fill white -annotate +186+118 'ProvLens' \
  -font DejaVu-Sans -pointsize 15 -fill '#c9dcf2' -annotate +188+150 'Provenance of AI workflows' \
  -annotate +188+172 'and their energy cost' \
  -pointsize 11 -fill '#8fb0d6' -annotate +188+206 'Eclipse RCP  ·  EPL-2.0' \
  -fill '#0c2444' -draw 'rectangle 0,250 479,299' \
  -type TrueColor -define bmp:format=bmp3 -compress none splash.bmp
