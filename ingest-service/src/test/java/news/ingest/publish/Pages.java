package news.ingest.publish;

/** Article pages written for the hostile-input cases: long enough to be articles, in the languages needed. */
final class Pages {

	static final String ENGLISH = "The harbour authority approved the new ferry timetable on Tuesday after months of "
			+ "talks with the island councils, promising more crossings in the winter months. ";

	static final String FRENCH = "Le café de la rue Sainte-Anne a rouvert après des années de fermeture, et les "
			+ "habitués sont revenus nombreux dès la première matinée, à la grande joie du quartier. ";

	static final String RUSSIAN = "Правительство объявило о новой программе поддержки малого бизнеса в северных "
			+ "регионах страны, которая начнёт действовать уже в следующем году. ";

	/** A content type and body to serve as they are. */
	record Fixture(String contentType, byte[] body) {
	}

	private Pages() {
	}

	static String article(String title, String sentence) {
		return article(title, sentence, "");
	}

	/** Six paragraphs of four sentences: well over the length below which a page is not taken as an article. */
	static String article(String title, String sentence, String head) {
		String paragraph = "<p>" + sentence.repeat(4) + "</p>\n";
		return "<!DOCTYPE html><html><head>" + head + "<title>" + title + "</title></head><body><article><h1>" + title
				+ "</h1>\n" + paragraph.repeat(6) + "</article></body></html>";
	}

	/** An article of at least {@code bytes} bytes of text: too long to travel as one event. */
	static String longArticle(int bytes) {
		// Numbered, because the extractor drops paragraphs that repeat word for word.
		StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>A very long page</title></head>"
				+ "<body><article><h1>A very long page</h1>\n");
		for (int n = 1; page.length() < bytes; n++) {
			page.append("<p>Part ").append(n).append(". ").append(ENGLISH.repeat(4)).append("</p>\n");
		}
		return page.append("</article></body></html>").toString();
	}

	/** An article buried {@code depth} elements deep, with or without the closing tags. */
	static String nested(String tag, int depth, boolean closed) {
		return "<!DOCTYPE html><html><head><title>Deep</title></head><body>" + ("<" + tag + ">").repeat(depth)
				+ ("<p>" + ENGLISH.repeat(4) + "</p>").repeat(6) + (closed ? ("</" + tag + ">").repeat(depth) : "")
				+ "</body></html>";
	}
}
