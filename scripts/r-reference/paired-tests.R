# Reference values from R for shared/domain/questionnaires/paired-stats.ts.
#
# Regenerate (from the repository root; needs only base R, Debian package `r-base-core`):
#
#   Rscript scripts/r-reference/paired-tests.R            (or give another output path as the argument)
#
# It writes tests/fixtures/r-paired-reference.json, which tests/unit/paired-stats.test.ts reads (CI has no R).
# The output is deterministic (fixed seeds) and every number is written with 17 significant digits, so the
# tests see exactly the doubles R used. Commit the JSON together with any change to this script.
#
# For each named dataset (before, after) it records, with R's DEFAULTS:
#   - t.test(after, before, paired = TRUE): statistic, parameter (df), p.value, conf.int, estimate,
#     or R's error message (n < 2, constant differences);
#   - wilcox.test(after, before, paired = TRUE): statistic V, p.value, method, whether R used the exact
#     distribution, and its warnings ("cannot compute exact p-value with ties/zeroes"), or its error;
#   - the descriptive values and effect sizes, computed here with their textbook definitions:
#     means before/after, mean and sd of the differences d = after - before, Cohen's d_z = mean(d) / sd(d),
#     and the matched-pairs rank-biserial correlation r = (W+ - W-) / (W+ + W-), where W+ and W- are the sums
#     of the ranks of |d| (average ranks for ties) over the non-zero differences with d > 0 and d < 0.
# Non-finite numbers are written as the strings "NaN", "Inf" and "-Inf" (JSON has no such numbers).

# ---- a small JSON writer (base R only: jsonlite is not part of r-base-core) -------------------------------

as_array <- function(x) structure(list(values = x), class = "json_array")

json_number <- function(x) {
  if (is.na(x) && !is.nan(x)) return("null")
  if (is.nan(x)) return("\"NaN\"")
  if (is.infinite(x)) return(if (x > 0) "\"Inf\"" else "\"-Inf\"")
  if (x == round(x) && abs(x) < 1e15) return(format(x, scientific = FALSE))
  sprintf("%.17g", x)
}

json_string <- function(x) {
  x <- gsub("\\\\", "\\\\\\\\", x)
  x <- gsub("\"", "\\\\\"", x)
  x <- gsub("\n", "\\\\n", x)
  paste0("\"", x, "\"")
}

to_json <- function(x, indent = "") {
  inner <- paste0(indent, "  ")
  if (inherits(x, "json_array")) {
    values <- x$values
    if (length(values) == 0) return("[]")
    parts <- vapply(seq_along(values), function(i) to_json(values[[i]], inner), character(1))
    if (all(vapply(values, function(v) !is.list(v), logical(1)))) {
      return(paste0("[", paste(parts, collapse = ", "), "]"))
    }
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

# ---- running the tests and keeping R's warnings and errors ------------------------------------------------

capture <- function(expr) {
  warnings <- character(0)
  value <- withCallingHandlers(
    tryCatch(expr, error = function(e) structure(list(message = conditionMessage(e)), class = "r_error")),
    warning = function(w) {
      warnings <<- c(warnings, conditionMessage(w))
      invokeRestart("muffleWarning")
    }
  )
  list(value = value, warnings = warnings)
}

reference <- function(before, after) {
  stopifnot(length(before) == length(after))
  d <- after - before
  t_run <- capture(t.test(after, before, paired = TRUE))
  w_run <- capture(wilcox.test(after, before, paired = TRUE))

  t_json <- if (inherits(t_run$value, "r_error")) {
    list(error = t_run$value$message, warnings = as_array(t_run$warnings))
  } else {
    tt <- t_run$value
    list(
      statistic = unname(tt$statistic),
      parameter = unname(tt$parameter),
      p_value = tt$p.value,
      conf_int = as_array(as.numeric(tt$conf.int)),
      conf_level = attr(tt$conf.int, "conf.level"),
      estimate = unname(tt$estimate),
      warnings = as_array(t_run$warnings)
    )
  }

  w_json <- if (inherits(w_run$value, "r_error")) {
    list(error = w_run$value$message, warnings = as_array(w_run$warnings))
  } else {
    wt <- w_run$value
    list(
      statistic = unname(wt$statistic),
      p_value = wt$p.value,
      method = wt$method,
      exact = grepl("exact", wt$method, fixed = TRUE),
      warnings = as_array(w_run$warnings)
    )
  }

  nz <- d[d != 0]
  ranks <- rank(abs(nz))
  w_plus <- sum(ranks[nz > 0])
  w_minus <- sum(ranks[nz < 0])
  sd_d <- if (length(d) >= 2) sd(d) else NA_real_

  list(
    n = length(d),
    before = as_array(before),
    after = as_array(after),
    descriptive = list(
      mean_before = mean(before),
      mean_after = mean(after),
      mean_change = mean(d),
      sd_change = sd_d,
      n_nonzero = length(nz),
      n_zero = sum(d == 0),
      ties = length(ranks) != length(unique(ranks)),
      w_plus = w_plus,
      w_minus = w_minus,
      cohens_dz = if (is.na(sd_d)) NA_real_ else mean(d) / sd_d,
      rank_biserial = if (length(nz) == 0) NA_real_ else (w_plus - w_minus) / (w_plus + w_minus)
    ),
    t_test = t_json,
    wilcoxon = w_json
  )
}

# ---- the datasets -----------------------------------------------------------------------------------------

# Continuous-looking scores without ties among |after - before| (for the exact Wilcoxon path).
# Draws again with the next seed until there is no tie and no zero (deterministic for a given seed).
no_ties <- function(n, shift, seed) {
  repeat {
    set.seed(seed)
    before <- round(rnorm(n, 3, 0.6), 4)
    after <- round(before + rnorm(n, shift, 0.5), 4)
    d <- after - before
    if (all(d != 0) && !anyDuplicated(abs(d))) return(list(before = before, after = after))
    seed <- seed + 1
  }
}

# Likert answers 1..5 (many ties and zero differences).
likert <- function(n, shift_probs, seed) {
  set.seed(seed)
  before <- sample(1:5, n, replace = TRUE, prob = c(0.10, 0.20, 0.35, 0.25, 0.10))
  after <- pmin(5, pmax(1, before + sample(-2:2, n, replace = TRUE, prob = shift_probs)))
  list(before = as.numeric(before), after = as.numeric(after))
}

# Dimension scores: the mean of `items` Likert items per pupil (steps of 1/items; floating-point thirds).
dimension <- function(n, items, shift_probs, seed) {
  set.seed(seed)
  b <- matrix(sample(1:5, n * items, replace = TRUE), nrow = n)
  a <- matrix(pmin(5, pmax(1, b + sample(-2:2, n * items, replace = TRUE, prob = shift_probs))), nrow = n)
  list(before = rowMeans(b), after = rowMeans(a))
}

datasets <- list(
  ties = list(
    description = "Likert answers with tied |differences| and no zero difference (normal approximation: ties)",
    data = list(before = c(2, 3, 3, 4, 2, 1, 3, 2, 2, 3), after = c(3, 4, 5, 5, 4, 2, 1, 4, 3, 4))
  ),
  zeros = list(
    description = "three zero differences, the other |differences| distinct (normal approximation: zeroes)",
    data = list(
      before = c(3.1, 2.4, 4.0, 3.3, 2.0, 1.7, 3.5, 2.9, 4.2, 2.2, 3.0, 3.8),
      after = c(3.6, 2.1, 4.0, 4.5, 2.8, 1.7, 4.4, 2.8, 4.2, 3.7, 3.4, 4.5)
    )
  ),
  n1 = list(description = "a single pair", data = list(before = c(3), after = c(4))),
  n2 = list(description = "two pairs, distinct differences (exact)", data = list(before = c(2, 3), after = c(4, 4))),
  n2_opposite_ties = list(
    description = "two pairs, differences +1 and -1 (tied: normal approximation; t = 0)",
    data = list(before = c(2, 4), after = c(3, 3))
  ),
  all_equal = list(
    description = "every difference zero",
    data = list(before = c(3, 4, 2, 5, 3, 1), after = c(3, 4, 2, 5, 3, 1))
  ),
  constant_shift = list(
    description = "every difference +1 (sd = 0)",
    data = list(before = c(2, 3, 1, 4, 3, 2), after = c(3, 4, 2, 5, 4, 3))
  ),
  constant_shift_decimals = list(
    description = "every difference 0.2 on paper, not bit-for-bit in floating point (t: essentially constant; rank(): only some tie)",
    data = list(before = c(3.2, 3.4, 1.2, 2.6), after = c(3.4, 3.6, 1.4, 2.8))
  ),
  exact_n5 = list(description = "n = 5 without ties (exact)", data = no_ties(5, 0.4, 105)),
  exact_n8 = list(description = "n = 8 without ties (exact)", data = no_ties(8, 0.3, 108)),
  exact_n12 = list(description = "n = 12 without ties (exact)", data = no_ties(12, 0.2, 112)),
  exact_n40_all_positive = list(
    description = "n = 40 without ties, every difference positive (exact, tiny p-value)",
    data = (function() {
      x <- no_ties(40, 0, 140)
      x$after <- x$before + abs(x$after - x$before)
      x
    })()
  ),
  boundary_n49 = list(description = "n = 49 without ties (last exact)", data = no_ties(49, 0.1, 149)),
  boundary_n50 = list(description = "n = 50 without ties (first normal approximation)", data = no_ties(50, 0.1, 150)),
  large_likert_n300 = list(
    description = "n = 300 Likert 1-5, small positive shift (many ties and zeros)",
    data = likert(300, c(0.05, 0.15, 0.40, 0.28, 0.12), 300)
  ),
  large_likert_n300_strong = list(
    description = "n = 300 Likert 1-5, strong positive shift (tiny p-values)",
    data = likert(300, c(0.00, 0.05, 0.25, 0.45, 0.25), 301)
  ),
  positive_effect = list(
    description = "n = 25 Likert, positive effect",
    data = likert(25, c(0.02, 0.08, 0.35, 0.35, 0.20), 25)
  ),
  negative_effect = list(
    description = "n = 25 Likert, negative effect",
    data = likert(25, c(0.20, 0.35, 0.35, 0.08, 0.02), 26)
  ),
  decimals_dimension = list(
    description = "n = 30 dimension scores: means of 3 items (thirds, floating-point)",
    data = dimension(30, 3, c(0.05, 0.15, 0.45, 0.25, 0.10), 30)
  ),
  decimals_dimension_n18 = list(
    description = "n = 18 dimension scores: means of 4 items, negative shift",
    data = dimension(18, 4, c(0.15, 0.30, 0.40, 0.10, 0.05), 18)
  )
)

# ---- output -----------------------------------------------------------------------------------------------

out <- list(
  generated_by = "Rscript scripts/r-reference/paired-tests.R",
  r_version = R.version.string,
  calls = "t.test(after, before, paired = TRUE); wilcox.test(after, before, paired = TRUE)",
  # R's psignrank(q, n) and psignrank(q, n, lower.tail = FALSE), the exact distribution of V.
  psignrank = as_array(unlist(lapply(c(1, 2, 3, 5, 10, 20, 35, 49), function(n) {
    total <- n * (n + 1) / 2
    qs <- unique(pmax(0, pmin(total, round(c(-1, 0, 1, total / 8, total / 4, total / 2 - 1, total / 2, total * 3 / 4, total - 1, total)))))
    lapply(qs, function(q) list(n = n, q = q, lower = psignrank(q, n), upper = psignrank(q, n, lower.tail = FALSE)))
  }), recursive = FALSE)),
  datasets = lapply(names(datasets), function(name) {
    ds <- datasets[[name]]
    c(list(name = name, description = ds$description), reference(ds$data$before, ds$data$after))
  })
)
out$datasets <- as_array(out$datasets)

args <- commandArgs(trailingOnly = TRUE)
target <- if (length(args) >= 1) args[[1]] else "tests/fixtures/r-paired-reference.json"
writeLines(to_json(out), target, useBytes = TRUE)
cat("Wrote", target, "\n")
