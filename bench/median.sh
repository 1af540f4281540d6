# bench/median.sh: sourced by the bench scripts: `median` reads numbers, one per line, and prints
# their median (nothing for no input).
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR) print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
