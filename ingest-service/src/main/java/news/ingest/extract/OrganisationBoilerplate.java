package news.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the boilerplate a press release ends with: the issuer describing itself ("Acme is a global provider of …",
 * "headquartered in …"), set apart by a horizontal rule or under an "About Acme" label. It is the same text under
 * every release of the issuer, not the release's news.
 */
final class OrganisationBoilerplate {

	/** One to six capitalised words, joined also by "&", "of", "and": the name of a company or organisation. */
	private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}&.'’+-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’+-]*|&|of|and)){0,5}";

	/** "Acme is a …", "Acme Corp. (NYSE: ACME) is the …", "Acme, Inc. is one of …": a self-description. */
	private static final Pattern DESCRIPTION = Pattern.compile("(" + NAME + ")(?:\\s*\\([^)]{1,60}\\))?,?\\s+"
			+ "(?:is|are)\\s+(?:a|an|the|one of)\\s");

	/** The label a press release sets over the issuer's description. */
	private static final Pattern ABOUT_LABEL = Pattern.compile("About (" + NAME + ")\\W*");

	/** The description and what follows it (contact lines) is a paragraph or two, not a section of the release. */
	private static final int MAX_BOILERPLATE_CHARS = 1_500;

	/** The release itself is longer than the issuer's description of itself. */
	private static final double MAX_BOILERPLATE_SHARE = 0.4;

	private OrganisationBoilerplate() {
	}

	/**
	 * The index of the first paragraph of the closing boilerplate, or the paragraph count when there is none.
	 *
	 * @param texts the body's paragraphs
	 * @param afterRule for each paragraph, whether a horizontal rule directly precedes it
	 */
	static int start(List<String> texts, List<Boolean> afterRule) {
		int total = 0;
		for (String text : texts) {
			total += text.length();
		}
		int start = texts.size();
		int tail = 0;
		for (int i = texts.size() - 1; i > 0; i--) {
			tail += texts.get(i).length();
			if (tail > MAX_BOILERPLATE_CHARS || tail > total * MAX_BOILERPLATE_SHARE) {
				break;
			}
			Matcher description = DESCRIPTION.matcher(texts.get(i));
			if (!description.lookingAt()) {
				continue;
			}
			Matcher label = ABOUT_LABEL.matcher(texts.get(i - 1));
			if (label.matches() && label.group(1).equals(description.group(1))
					&& tail + texts.get(i - 1).length() <= total * MAX_BOILERPLATE_SHARE) {
				start = i - 1;
			}
			else if (afterRule.get(i)) {
				start = i;
			}
		}
		return start;
	}

}
