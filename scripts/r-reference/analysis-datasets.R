# Reference values from R for the whole before/after analysis (main/services/questionnaires/analysis.ts):
# from pupils' raw answers to the seeded pupil questionnaire, through reverse keying and dimension scores,
# to R's paired tests. tests/api/questionnaire-analysis.test.ts enters these answers through
# questionnaires/saveResponse and compares the analysis with this file to at least 4 significant digits.
#
# Regenerate (from the repository root; needs only base R, Debian package `r-base-core`):
#
#   Rscript scripts/r-reference/analysis-datasets.R     (or give another output path as the argument)
#
# It writes tests/fixtures/r-analysis-reference.json (CI has no R: commit the JSON with any change here).
# Deterministic (fixed seeds); numbers are written with 17 significant digits.
#
# Scoring, as issue 5 defines it (and shared/domain/questionnaires/scores.ts implements):
#   - the items asked before and after are positions 1-7 of the seeded pupil form, all Likert 1-5;
#     positions 1, 3 and 7 are reverse-keyed: score = 6 - answer;
#   - a pupil's dimension score is the mean of the dimension's items they answered, only when they answered
#     at least ceiling(k / 2) of its k items (NA otherwise);
#   - a pupil enters an item's (or a dimension's) statistics when they have a score before and after.
# Statistics: t.test(after, before, paired = TRUE) and wilcox.test(after, before, paired = TRUE) with R's
# defaults; Cohen's d_z = mean(d) / sd(d); rank-biserial r = (W+ - W-) / (W+ + W-) over non-zero d.

# ---- a small JSON writer (base R only; same as paired-tests.R) ---------------------------------------------

as_array <- function(x) structure(list(values = x), class = "json_array")

json_number <- function(x) {
  if (is.na(x) && !is.nan(x)) return("null")
  if (is.nan(x)) return("null")
  if (is.infinite(x)) return("null")
  if (x == round(x) && abs(x) < 1e15) return(format(x, scientific = FALSE))
  sprintf("%.17g", x)
}

json_string <- function(x) {
  x <- gsub("\\\\", "\\\\\\\\", x)
  x <- gsub("\"", "\\\\\"", x)
  paste0("\"", x, "\"")
}

to_json <- function(x, indent = "") {
  inner <- paste0(indent, "  ")
  if (inherits(x, "json_array")) {
    values <- x$values
    if (length(values) == 0) return("[]")
    parts <- vapply(seq_along(values), function(i) to_json(values[[i]], inner), character(1))
    if (all(vapply(values, function(v) !is.list(v), logical(1)))) return(paste0("[", paste(parts, collapse = ", "), "]"))
    return(paste0("[\n", inner, paste(parts, collapse = paste0(",\n", inner)), "\n", indent, "]"))
  }
  if (is.null(x)) return("null")
  if (is.list(x)) {
    keys <- names(x)
    if (length(x) == 0) return("{}")
    parts <- vapply(seq_along(x), function(i) paste0(json_string(keys[[i]]), ": ", to_json(x[[i]], inner)), character(1))
    return(paste0("{\n", inner, paste(parts, collapse = paste0(",\n", inner)), "\n", indent, "}"))
  }
  if (length(x) != 1) stop("to_json: wrap vectors in as_array()")
  if (is.logical(x)) return(if (is.na(x)) "null" else if (x) "true" else "false")
  if (is.numeric(x)) return(json_number(unname(x)))
  if (is.character(x)) return(json_string(x))
  stop("to_json: unsupported type ", class(x))
}

# ---- scoring and statistics --------------------------------------------------------------------------------

ITEMS <- data.frame(
  position = 1:7,
  dimension = c("stereotypes", "stereotypes", "stereotypes", "migration_knowledge", "migration_knowledge", "empathy", "empathy"),
  reverse = c(TRUE, FALSE, TRUE, FALSE, FALSE, FALSE, TRUE),
  stringsAsFactors = FALSE
)
DIMENSIONS <- c("stereotypes", "migration_knowledge", "empathy")

scored <- function(answers) {
  answers[, ITEMS$reverse] <- 6 - answers[, ITEMS$reverse]
  answers
}

dimension_scores <- function(scores, dimension) {
  columns <- which(ITEMS$dimension == dimension)
  apply(scores[, columns, drop = FALSE], 1, function(row) {
    answered <- row[!is.na(row)]
    if (length(answered) > 0 && length(answered) >= ceiling(length(columns) / 2)) mean(answered) else NA_real_
  })
}

statistics <- function(before, after) {
  both <- !is.na(before) & !is.na(after)
  before <- before[both]
  after <- after[both]
  d <- after - before
  tt <- tryCatch(t.test(after, before, paired = TRUE), error = function(e) NULL)
  wt <- suppressWarnings(tryCatch(wilcox.test(after, before, paired = TRUE), error = function(e) NULL))
  nz <- d[d != 0]
  ranks <- rank(abs(nz))
  w_plus <- sum(ranks[nz > 0])
  w_minus <- sum(ranks[nz < 0])
  list(
    n = length(d),
    mean_before = if (length(d) > 0) mean(before) else NA_real_,
    mean_after = if (length(d) > 0) mean(after) else NA_real_,
    mean_change = if (length(d) > 0) mean(d) else NA_real_,
    t = if (is.null(tt)) NA_real_ else unname(tt$statistic),
    df = if (is.null(tt)) NA_real_ else unname(tt$parameter),
    p = if (is.null(tt)) NA_real_ else tt$p.value,
    ci = if (is.null(tt)) NULL else as_array(as.numeric(tt$conf.int)),
    wilcoxon_v = if (is.null(wt)) NA_real_ else unname(wt$statistic),
    wilcoxon_p = if (is.null(wt)) NA_real_ else wt$p.value,
    wilcoxon_exact = if (is.null(wt)) NA else grepl("exact", wt$method, fixed = TRUE),
    cohens_dz = if (length(d) >= 2 && sd(d) > 0) mean(d) / sd(d) else NA_real_,
    rank_biserial = if (length(nz) == 0) NA_real_ else (w_plus - w_minus) / (w_plus + w_minus)
  )
}

rows_json <- function(m) as_array(lapply(seq_len(nrow(m)), function(i) as_array(as.numeric(m[i, ]))))

reference <- function(name, description, before, after) {
  stopifnot(ncol(before) == 7, ncol(after) == 7, nrow(before) == nrow(after))
  sb <- scored(before)
  sa <- scored(after)
  list(
    name = name,
    description = description,
    pupils = nrow(before),
    before = rows_json(before),
    after = rows_json(after),
    items = as_array(lapply(ITEMS$position, function(p) c(list(position = p), statistics(sb[, p], sa[, p])))),
    dimensions = as_array(lapply(DIMENSIONS, function(dim) {
      c(list(dimension = dim), statistics(dimension_scores(sb, dim), dimension_scores(sa, dim)))
    }))
  )
}

# ---- the datasets: raw answers (1-5, NA = no answer), one row per pupil ------------------------------------

m <- function(...) matrix(c(...), ncol = 7, byrow = TRUE)

n7_before <- m(
  4, 2, 4, 2, 3, 3, 3,
  5, 1, 3, 2, 2, 3, 4,
  3, 3, 4, 1, 2, 4, 2,
  4, 2, 5, 3, 3, 2, 3,
  2, 4, 2, 2, NA, 4, 2,
  4, 3, 4, 3, 2, 3, 3,
  5, 2, 4, 1, 1, 2, 4
)
n7_after <- m(
  2, 3, 3, 4, 4, 4, 2,
  3, 3, 3, 3, 4, 4, 2,
  3, 4, 2, 3, 3, 4, 1,
  2, 4, 3, 4, 4, 4, 2,
  1, 5, 2, 3, 4, 5, 1,
  4, 3, 3, 4, 3, 4, 3,
  3, 3, 2, 3, 2, 3, 2
)

# Many unchanged answers (zero differences) and ties; one pupil answered only one stereotype item (below
# the half rule on that dimension), another skipped an item after.
zeros_before <- m(
  3, 3, 3, 3, 3, 3, 3,
  2, 4, 2, 3, 4, 4, 2,
  4, 2, 4, 2, 2, 3, 3,
  3, 3, NA, 3, 3, 4, 2,
  NA, 3, NA, 2, 3, 3, 3,
  2, 4, 3, 4, 4, 5, 1,
  3, 3, 3, 2, 2, 3, 3,
  4, 2, 3, 3, 3, 4, 2,
  3, 4, 2, 3, 3, 3, 3,
  2, 3, 3, 4, 2, 4, 2,
  3, 3, 3, 3, 3, 3, 3,
  4, 3, 4, 2, 3, 3, 3
)
zeros_after <- m(
  3, 3, 3, 3, 3, 3, 3,
  2, 4, 2, 4, 4, 4, 2,
  3, 3, 4, 2, 3, 3, 3,
  3, 3, 3, 3, 3, NA, 2,
  2, 3, 3, 2, 4, 3, 3,
  2, 4, 3, 4, 4, 5, 1,
  3, 3, 3, 3, 2, 3, 3,
  3, 2, 3, 3, 4, 4, 2,
  3, 4, 2, 3, 3, 3, 3,
  2, 3, 3, 4, 3, 4, 1,
  3, 3, 3, 3, 3, 3, 3,
  3, 3, 3, 3, 3, 4, 3
)

# Sixty pupils, drawn with a fixed seed: a modest improvement, about 4% of answers missing.
set.seed(20261128)
n60 <- 60
n60_before <- matrix(sample(1:5, n60 * 7, replace = TRUE, prob = c(0.10, 0.25, 0.30, 0.25, 0.10)), ncol = 7)
step <- matrix(sample(-1:2, n60 * 7, replace = TRUE, prob = c(0.15, 0.45, 0.30, 0.10)), ncol = 7)
# Improvement means a lower answer on reverse-keyed items (agreeing less with a stereotype).
step[, ITEMS$reverse] <- -step[, ITEMS$reverse]
n60_after <- pmin(pmax(n60_before + step, 1), 5)
n60_before[sample(length(n60_before), 17)] <- NA
n60_after[sample(length(n60_after), 17)] <- NA

datasets <- list(
  reference("n7_reverse", "seven pupils; reverse-keyed answers go down while their scores go up; one item skipped before", n7_before, n7_after),
  reference("zeros_ties", "twelve pupils with many unchanged answers (zero differences), ties, and the half rule", zeros_before, zeros_after),
  reference("n60", "sixty pupils drawn with a fixed seed, about 4% missing answers", n60_before, n60_after)
)

out <- list(
  generated_by = "scripts/r-reference/analysis-datasets.R",
  r_version = R.version.string,
  items = as_array(lapply(seq_len(nrow(ITEMS)), function(i) list(position = ITEMS$position[i], dimension = ITEMS$dimension[i], reverse = ITEMS$reverse[i]))),
  datasets = as_array(datasets)
)

args <- commandArgs(trailingOnly = TRUE)
path <- if (length(args) > 0) args[[1]] else "tests/fixtures/r-analysis-reference.json"
writeLines(to_json(out), path, useBytes = TRUE)
cat("wrote", path, "\n")
