# Sourced by bench/run.sh and bench/shapes.sh: middle prints the median of the numbers on stdin,
# one per line (the mean of the two middle ones for an even count).
middle() {
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
