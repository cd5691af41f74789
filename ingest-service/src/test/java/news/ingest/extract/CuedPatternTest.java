package news.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The cues in front of the short-paragraph patterns never turn away a paragraph the pattern matches. */
class CuedPatternTest {

	private static final int CASELESS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** A sample of every alternative of each cued pattern. */
	private static final Map<CuedPattern, List<String>> SAMPLES = Map.of(
			ExtractionRules.TEXT_NOTICE, List.of("Published under a Creative Commons license, CC-BY 4.0.",
					"Released under CC BY 4.0", "Der Kommentar gibt die Meinung des Autors wieder.",
					"This column reflects the personal views of the author.",
					"These views do not necessarily reflect the opinions of the publisher.", "(Alle Angaben ohne Gewähr)",
					"This page is subject to copyright.", "No part of this story may be reproduced without permission.",
					"Citation: Ferry times change (2024, March 7) retrieved 8 March 2024 from https://example.org/ferry"),
			ExtractionRules.POST_FILING, List.of("This entry was posted on May 3 and is filed under News.",
					"Der Beitrag wurde am 3. Mai veröffentlicht und wurde unter Linux abgelegt.",
					"05/10/2018 - Publicado por: Jane Doe - Categoria: Saúde - Tags: ferry"),
			ExtractionRules.SELF_PROMOTION, List.of("Sign up to our weekly newsletter",
					"Sign up for The Daily Brief to get the free newsletter", "Download our free news app",
					"Get the Harbour News app for Android", "Follow The Gleaner on Twitter",
					"Unterstützen Sie unsere Arbeit", "Gefällt dir unser Magazin?", "Help us continue to report",
					"Wesprzyj nas darowizną", "Zapraszamy do subskrypcji", "Hazte miembro",
					"Nichts Neues verpassen! - Newsletter abonnieren", "Zur Newsletter-Anmeldung",
					"Hier können Sie sich zum kostenlosen Newsletter der Österreich Werbung anmelden.",
					"Abonnieren Sie jetzt den Hafen-Newsletter", "Join our Harbour News service on WhatsApp",
					"Join our readers' panel", "Follow @harbournews on Twitter",
					"Si te gusta este diario, apóyanos.", "Apoya el periodismo local"),
			ExtractionRules.SITE_NOTICE, List.of("Our website uses cookies to offer you optimal navigation.",
					"By continuing your browsing on our site, you agree to the use of cookies.",
					"Diese Webseite verwendet Cookies.", "Ce site utilise des cookies.",
					"Informujemy, że korzystamy z cookies.",
					"Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.",
					"You must be logged in to post a comment."),
			ExtractionRules.CAPTION_CREDIT, List.of("The harbour at dawn (AP Photo/Jane Doe)", "Photo by Jane Doe",
					"Die Bucht am Morgen. Foto: Andina", "Marco Odermatt, Ski-Star. © AFP / Marco Bertorello",
					"Vergrößern Die Kamera über dem Hafen", "PAP/ Rafał Guz", "aja/PAP"));

	/** The characters of the BMP by the character they fold to. */
	private static final Map<Character, List<Character>> BY_FOLD = byFold();

	private static boolean cuedFind(CuedPattern pattern, String text) {
		return pattern.find(text, CuedPattern.fold(text));
	}

	@Test
	void everyCharacterTheRegexMatchesToACueLetterFoldsToIt() {
		TreeSet<Character> cueChars = new TreeSet<>();
		SAMPLES.keySet().forEach((pattern) -> pattern.cues().forEach((cue) -> cue.chars().forEach((c) -> cueChars.add((char) c))));
		List<String> disagreements = new ArrayList<>();
		for (char p : cueChars) {
			// A lone literal and one inside a run of literals are matched by different nodes of the regex.
			Matcher single = Pattern.compile(Pattern.quote(String.valueOf(p)), CASELESS).matcher("");
			Matcher run = Pattern.compile(Pattern.quote("#" + p + "#"), CASELESS).matcher("");
			for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
				String text = String.valueOf((char) c);
				boolean folds = CuedPattern.fold(text).equals(String.valueOf(p));
				// The run matches exactly the characters that fold to p; a lone "ß" lets "ẞ" pass only when folded,
				// which merely sends one more paragraph on to the regex.
				if (single.reset(text).matches() && !folds || run.reset("#" + text + "#").matches() != folds) {
					disagreements.add(p + " / U+" + Integer.toHexString(c));
				}
			}
		}
		for (int c = Character.MIN_SUPPLEMENTARY_CODE_POINT; c <= Character.MAX_CODE_POINT; c++) {
			if (Character.toLowerCase(Character.toUpperCase(c)) < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
				disagreements.add("U+" + Integer.toHexString(c) + " folds into the BMP");
			}
		}

		assertThat(disagreements).isEmpty();
	}

	@Test
	void everyAlternativeHasASampleThatItsCuesLetThrough() {
		SAMPLES.forEach((pattern, samples) -> {
			for (String alternative : alternatives(pattern.pattern().pattern())) {
				Pattern compiled = Pattern.compile(alternative, CASELESS);
				assertThat(samples).as(alternative).anyMatch((sample) -> compiled.matcher(sample).find());
			}
			for (String sample : samples) {
				assertThat(cuedFind(pattern, sample)).as(sample).isTrue();
			}
		});
	}

	@Test
	void letterCasesTheRegexFoldsPassTheCues() {
		assertThat(cuedFind(ExtractionRules.SELF_PROMOTION, "Unterſtützen Sie unsere Arbeit")).isTrue();
		assertThat(cuedFind(ExtractionRules.SELF_PROMOTION, "FOLLOW THE GLEANER ON TWITTER")).isTrue();
		assertThat(cuedFind(ExtractionRules.CAPTION_CREDIT, "İmage: Jane Doe")).isTrue();
		assertThat(cuedFind(ExtractionRules.SELF_PROMOTION, "Sign up to our newſletter, help us \u212Aeep going")).isTrue();
		// Every sample with any one letter replaced by another that folds alike (upper case, ſ, K, ı, İ, ẞ).
		SAMPLES.forEach((pattern, samples) -> {
			for (String sample : samples) {
				for (int i = 0; i < sample.length(); i++) {
					for (char twin : twins(sample.charAt(i))) {
						String variant = sample.substring(0, i) + twin + sample.substring(i + 1);
						assertThat(cuedFind(pattern, variant)).as(variant)
							.isEqualTo(pattern.pattern().matcher(variant).find());
					}
				}
			}
		});
	}

	@Test
	void aParagraphWithoutACueIsTurnedAwayAndCuesAreWrittenFolded() {
		assertThat(cuedFind(ExtractionRules.SELF_PROMOTION, "The ferry runs again from Monday.")).isFalse();
		assertThat(cuedFind(ExtractionRules.SELF_PROMOTION, "The app lets riders pay on board.")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> CuedPattern.of("newsletter", "Newsletter"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CuedPattern(Pattern.compile("newsletter"), List.of("newsletter")));
	}

	/** The other characters that fold like this one. */
	private static List<Character> twins(char letter) {
		return BY_FOLD.getOrDefault(CuedPattern.fold(String.valueOf(letter)).charAt(0), List.of())
			.stream()
			.filter((c) -> c != letter)
			.toList();
	}

	private static Map<Character, List<Character>> byFold() {
		Map<Character, List<Character>> byFold = new HashMap<>();
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			char folded = CuedPattern.fold(String.valueOf((char) c)).charAt(0);
			byFold.computeIfAbsent(folded, (key) -> new ArrayList<>()).add((char) c);
		}
		return byFold;
	}

	/** The top-level alternatives of a regex: split at each {@code |} outside groups and character classes. */
	private static List<String> alternatives(String regex) {
		List<String> alternatives = new ArrayList<>();
		int depth = 0;
		int start = 0;
		boolean inClass = false;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(' || c == ')') {
				depth += (c == '(') ? 1 : -1;
			}
			else if (c == '|' && depth == 0) {
				alternatives.add(regex.substring(start, i));
				start = i + 1;
			}
		}
		alternatives.add(regex.substring(start));
		return alternatives;
	}

}
