/**
 * Command-line tools behind {@code ./news extract|eval-extraction|enrich|eval-enrich|bench}: they run the
 * product's extractor and taggers over files and score them exactly as the public evaluation sets prescribe.
 * Evaluation data is always read from a path given on the command line, never bundled.
 */
package news.eval;
