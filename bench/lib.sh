# Shared by the bench scripts (sourced, from the repository's root).

# The median of the numbers on stdin, one a line.
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }

# generate_portfolio COUNT SEED DIR: COUNT seeded profiles of every shape (dev.costfit.testing.PortfolioGenerator,
# test code) written into DIR. The launcher builds the jar first if the sources changed.
generate_portfolio() {
  ./costfit --version >/dev/null
  mvn -q -o -B test-compile >/dev/null 2>&1 || mvn -q -B test-compile
  java -cp target/test-classes dev.costfit.testing.PortfolioGenerator "$1" "$2" "$3"
}
