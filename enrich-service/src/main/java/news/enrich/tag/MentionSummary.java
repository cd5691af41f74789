package news.enrich.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import news.events.CountryTag;
import news.events.PlaceTag;

/** What the positions of the mentions say: which countries an article is about, and the places it names. */
final class MentionSummary {

	/**
	 * A country carrying this share of all country mentions is a subject of the article even when the headline
	 * and lead do not name it (a story that turns to it further down).
	 */
	static final double ABOUT_SHARE = 0.25;

	/** One passing mention is never a subject, whatever its share. */
	static final int ABOUT_MIN_MENTIONS = 2;

	/** The headline (or standfirst) and the first paragraph: where a news story names its subject. */
	static final int LEAD_PARAGRAPHS = 2;

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	private MentionSummary() {
	}

	static List<CountryTag> withAbout(List<CountryTag> countries, List<Mention> mentions, String text) {
		int leadEnd = leadEnd(text);
		Set<String> inLead = mentions.stream()
			.filter(m -> m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.NATIONALITY)
			.filter(m -> m.start() < leadEnd)
			.map(Mention::ref)
			.collect(Collectors.toSet());
		int total = countries.stream().mapToInt(CountryTag::mentions).sum();
		return countries.stream()
			.map(c -> new CountryTag(c.code(), c.name(), c.mentions(), inLead.contains(c.code())
					|| (c.mentions() >= ABOUT_MIN_MENTIONS && c.mentions() >= ABOUT_SHARE * total)))
			.toList();
	}

	/** Places in order of first mention, counted by how the text writes them. */
	static List<PlaceTag> places(List<Mention> mentions) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, String> countries = new LinkedHashMap<>();
		for (Mention m : mentions) {
			if (m.kind() == Mention.Kind.PLACE) {
				counts.computeIfAbsent(m.text(), t -> new int[1])[0]++;
				countries.putIfAbsent(m.text(), m.ref() == null || m.ref().isEmpty() ? null : m.ref());
			}
		}
		List<PlaceTag> places = new ArrayList<>();
		counts.forEach((name, count) -> places.add(new PlaceTag(name, countries.get(name), count[0])));
		return places;
	}

	private static int leadEnd(String text) {
		Matcher breaks = PARAGRAPH_BREAK.matcher(text);
		int end = text.length();
		for (int i = 0; i < LEAD_PARAGRAPHS && breaks.find(); i++) {
			end = breaks.start();
		}
		return end;
	}
}
