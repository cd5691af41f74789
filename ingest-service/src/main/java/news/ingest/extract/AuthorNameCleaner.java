package news.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw byline strings into person names: strips "By " and "©", splits "A and B" / "A, B", drops sharing-widget
 * words, degrees, URLs and the site's own name.
 */
final class AuthorNameCleaner {

	/**
	 * A login made of a first and a last name in lower case ("jane.doe"), which CMSs derive from the person's name
	 * and put where the display name goes when no other source names the person.
	 */
	private static final Pattern DOTTED_LOGIN = Pattern.compile("\\p{Ll}{2,}\\.\\p{Ll}{2,}");

	/**
	 * The full stop of a byline written as a sentence ("par Jane Doe."): after a capitalised word of three letters
	 * or more, not after an initial, "Jr." or a lower-case abbreviation ("red." for the editors).
	 */
	private static final Pattern SENTENCE_STOP = Pattern.compile("(?<!\\p{L})(\\p{Lu}\\p{L}{2,})\\.$");

	/**
	 * An author box's heading before the name ("About Jane Doe", the link to the author's page), before at least
	 * two capitalised words: "About" alone, or before a phrase, is no name either way.
	 */
	private static final Pattern AUTHOR_BOX_HEADING = Pattern.compile("^(?:about|über|à propos de)\\s+"
			+ "(?=(?-i:\\p{Lu})\\S*\\s+(?-i:\\p{Lu}))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * The text of the next element glued to a name's last word without a space ("Jane RobertsEvening Courier", two
	 * elements' texts read as one): a capitalised word after four lower-case letters or more, which surname
	 * prefixes ("McDonald", "MacKenzie", "DiCaprio", "FitzGerald") are not, and more words after it ("VanderMeer"
	 * closes a name).
	 */
	private static final Pattern GLUED_TEXT = Pattern.compile("(?<=\\s\\p{Lu}\\p{Ll}{4,40})\\p{Lu}\\p{Ll}+\\s.*$");

	/**
	 * A second sentence after a name ("Jane Doe. Acme International", the publication): a full stop after a
	 * capitalised word of three letters or more that is not the name's first ("Prof. Dr. Jane Doe" keeps its
	 * titles), before a capital.
	 */
	private static final Pattern SECOND_SENTENCE = Pattern.compile("(?<=\\s\\p{Lu}\\p{Ll}{2,40})\\.\\s+\\p{Lu}.*$");

	/**
	 * The publication a full name writes for ("Jane Doe for Acme Daily", "Jane Doe For Acme"), also where the site's
	 * name is unknown or spelled otherwise: two to four capitalised words before it.
	 */
	private static final Pattern PUBLICATION_CREDIT = Pattern
		.compile("^(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){1,3})\\s+(?i:for)\\s+\\p{Lu}.*$");

	/**
	 * Portuguese "Do UOL", "Da BBC": a byline crediting the publication by its upper-case short name. Only on
	 * bylines: as a label it would turn a German sentence ("Da CDU und SPD …") into one.
	 */
	private static final Pattern FROM_PUBLICATION = Pattern
		.compile("^D[ao]\\s+(?=\\p{Lu}[\\p{Lu}\\p{N}]+(?![\\p{L}\\p{N}-]))");

	/**
	 * A Chinese byline: the reporter after 記者/记者 ("reporter", no colon needed), a desk or the place reported from
	 * after a full-width slash ("記者王小明／台北報導"), or a newsflash desk before the name ("快訊／王小明"). The
	 * name is two to four Han characters, one run.
	 */
	private static final Pattern CHINESE_REPORTER = Pattern
		.compile("^(?:\\p{IsHan}+\\s*)?[記记]者\\s*(\\p{IsHan}{2,4})(?:\\s*／\\s*\\p{IsHan}+)?$"
				+ "|^\\p{IsHan}*(?:快訊|快讯|報導|报道)\\s*／\\s*(\\p{IsHan}{2,4})$");

	/**
	 * Three or more runs of Chinese, Japanese or Korean script set apart by spaces: the labels of an author card
	 * ("账号 文章 阅读", "account, articles, reads"), not a name, which these scripts write in one run, or two
	 * (family and given name).
	 */
	private static final Pattern CARD_LABELS = Pattern.compile(String.format("%1$s(?:\\s+%1$s){2,}",
			"[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]+"));

	/** The separators of a list, which no organisation's name holds. */
	private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");

	/** A single letter is debris from splitting, not a name; two are initials ("mh", "AP"), which sites sign with. */
	private static final int MIN_NAME_LETTERS = 2;

	/** More capitals than an agency's code ("AFP", "KNA") spell a brand set in capitals. */
	private static final int MAX_CODE_LETTERS = 4;

	/** Organisation words long enough to close compounds ("Finanzmagazin"); shorter ones ("ag") close surnames too. */
	private static final List<String> COMPOUND_ORGANISATION_WORDS = MetadataRules.ORGANISATION_WORDS.stream()
		.filter((word) -> word.length() >= 6)
		.toList();

	private static final Pattern NAME_WORD_BREAK = Pattern.compile("[\\s/-]+");

	/** The digits a CMS numbers its accounts with ("acme1"), or none. */
	private static final Pattern NUMBER = Pattern.compile("\\p{N}*");

	/** A forum's or blog's user name of one letter and digits ("r23"): a login, not debris. */
	private static final Pattern LETTER_AND_DIGITS_LOGIN = Pattern.compile("\\p{Ll}\\p{N}{2,}");

	List<String> clean(List<String> raw, String siteName) {
		Set<String> names = new LinkedHashSet<>();
		String site = squeezedSite(siteName);
		for (String byline : raw) {
			String text = TextNormalizer.collapse(byline);
			if (text.isEmpty() || MetadataRules.URL_LIKE.matcher(text).find() && !text.contains(" ")) {
				continue;
			}
			text = MetadataRules.COPYRIGHT_SIGN.matcher(text).replaceFirst("");
			text = MetadataRules.BYLINE_LABEL.matcher(text).replaceFirst("");
			text = FROM_PUBLICATION.matcher(text).replaceFirst("");
			text = MetadataRules.BYLINE_TAIL.matcher(text).replaceFirst("");
			// "News Acme" on "Acme News": the site's name with its words in another order.
			if (siteName != null && sameWords(text, siteName)) {
				continue;
			}
			String[] parts = parts(text);
			// "acme.de, Frankfurt, Germany": a field opening with the site's address gives its place, not co-authors.
			if (parts.length > 1 && MetadataRules.URL_LIKE.matcher(parts[0].trim()).find()) {
				continue;
			}
			// A country closing the list is where the names are ("Jane Doe, Germany"); after a place it closes an
			// address ("Acme Verlag, Springfield, Germany"), whose names end at the site's ("Jane Doe Acme, ...").
			boolean address = parts.length > 1 && CountryNames.contains(parts[parts.length - 1]);
			if (address && parts.length > 2
					&& Arrays.stream(parts).noneMatch((part) -> mentionsTheSite(part.trim(), siteName, site))) {
				continue;
			}
			boolean named = false;
			for (int i = 0; i < parts.length - (address ? 1 : 0); i++) {
				String part = MetadataRules.BYLINE_LABEL.matcher(parts[i].trim()).replaceFirst("");
				// "Jane Doe, Acme News, Springfield": what follows the site's name is where its office is.
				if ((i > 0 || address) && namesTheSite(part, siteName, site)) {
					break;
				}
				String name = MetadataRules.AUTHOR_TRAILER.matcher(AUTHOR_BOX_HEADING.matcher(part).replaceFirst(""))
					.replaceFirst("").trim();
				Matcher label = MetadataRules.FIELD_LABEL.matcher(name);
				if (label.find()) {
					if (isMediaCredit(label.group(1))) {
						continue;
					}
					name = name.substring(label.end());
				}
				else if (isMediaCredit(name.split(" ")[0]) && name.contains(" ")) {
					// "Фото из Инстаграма Jane Doe" ("photo from Jane Doe's Instagram"): a credit without a colon.
					continue;
				}
				name = SENTENCE_STOP.matcher(withoutLeadingRole(name)).replaceFirst("$1");
				String signed = name;
				name = withoutTrailingSiteName(name, site);
				name = SECOND_SENTENCE.matcher(GLUED_TEXT.matcher(name).replaceFirst("")).replaceFirst("");
				name = PUBLICATION_CREDIT.matcher(name).replaceFirst("$1");
				name = CHINESE_REPORTER.matcher(name).replaceFirst("$1$2");
				// The job title after a name ("Jane Doe, AP Sports Writer") is not a second person; alone ("Staff
				// Writer") it is how the site signs.
				if (isName(name, siteName) && !isDateline(name, part, (i + 1 < parts.length) ? parts[i + 1] : "")
						&& !(named && (namesRole(name) || isCredential(name)))) {
					names.add(name);
					named = true;
				}
				if (address && !name.equals(signed)) {
					break;
				}
			}
		}
		return new ArrayList<>(names);
	}

	/**
	 * Replaces user names ("jane.doe", "janedoe") and bare first names ("Jane") by the full name another source
	 * gives the same person ("Jane Doe"): CMSs put the login or the profile's first name into JSON-LD and the
	 * display name into the byline. A login that is the first name of the person the site is named after ("mady"
	 * on "Mady Doe - Yoga Lifestyle") is written as the site writes it, and a dotted login ("jane.doe") as the page
	 * writes it with middle initials ("Jane M. Doe", often the signature closing the text), if it does.
	 */
	List<String> withDisplayNames(List<String> names, List<String> otherNames, String siteName,
			Supplier<String> pageText) {
		List<String> shown = new ArrayList<>();
		for (String name : names) {
			String display = name;
			for (String other : otherNames) {
				if (other.contains(" ") && !other.equals(other.toLowerCase(Locale.ROOT))
						&& (isLogin(name) && squeezed(other).equals(squeezed(name)) || isFirstNameOf(name, other))) {
					display = other;
					break;
				}
			}
			if (display.equals(name) && DOTTED_LOGIN.matcher(name).matches()) {
				display = withMiddleInitials(capitalisedParts(name), pageText.get());
			}
			else if (display.equals(name) && siteName != null && isLogin(name)) {
				display = spelledAsInSiteName(name, siteName);
			}
			// "Jane Doe" and "Jane" from two meta tags both show as "Jane Doe": one person, listed once.
			if (!shown.contains(display)) {
				shown.add(display);
			}
		}
		return shown;
	}

	/**
	 * The first name of a person the site is named after, when it is the login ("Mady" of "Mady Doe - Yoga
	 * Lifestyle"); else the login. A blog named after its login ("Janedoe's Blog") or a brand ("Luxurious
	 * Magazine") spells no person.
	 */
	private static String spelledAsInSiteName(String login, String siteName) {
		String[] words = MetadataRules.TITLE_SEPARATOR.split(siteName.trim())[0].trim().split("\\s+");
		if (words.length < 2 || words.length > 3 || !words[0].equalsIgnoreCase(login)) {
			return login;
		}
		for (String word : words) {
			if (!Character.isUpperCase(word.codePointAt(0)) || !word.chars().allMatch(Character::isLetter)
					|| MetadataRules.ORGANISATION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return login;
			}
		}
		return words[0];
	}

	/** "Jane M. Doe" or "Jane M. R. Doe" where the page writes one for "Jane Doe"; else the name as it is. */
	private static String withMiddleInitials(String name, String pageText) {
		int space = name.indexOf(' ');
		if (space < 0 || name.indexOf(' ', space + 1) >= 0) {
			return name;
		}
		Matcher written = Pattern.compile(Pattern.quote(name.substring(0, space)) + "((?: \\p{Lu}\\.)+) "
				+ Pattern.quote(name.substring(space + 1)) + "(?!\\p{L})").matcher(pageText);
		return written.find() ? name.substring(0, space) + written.group(1) + name.substring(space) : name;
	}

	/** "jane.doe" → "Jane Doe". */
	private static String capitalisedParts(String login) {
		StringBuilder name = new StringBuilder();
		for (String part : login.split("\\.")) {
			name.append(name.isEmpty() ? "" : " ").appendCodePoint(Character.toUpperCase(part.codePointAt(0)))
				.append(part.substring(Character.charCount(part.codePointAt(0))));
		}
		return name.toString();
	}

	/** Two texts of the same words, two or more, in any order and case. */
	private static boolean sameWords(String text, String other) {
		Set<String> words = new HashSet<>(words(text));
		return words.size() > 1 && words.equals(new HashSet<>(words(other)));
	}

	/** Whether two lists name someone alike: a shared word ("Doe" in "Jane Doe" and "J. Doe"), in any case. */
	static boolean shareAName(List<String> names, List<String> others) {
		Set<String> words = new HashSet<>();
		names.forEach((name) -> words.addAll(words(name)));
		return others.stream().flatMap((name) -> words(name).stream()).anyMatch(words::contains);
	}

	private static List<String> words(String name) {
		return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter((w) -> !w.isEmpty())
			.toList();
	}

	private static boolean isLogin(String name) {
		return name.equals(name.toLowerCase(Locale.ROOT));
	}

	/** "Jane" of "Jane Doe", in any case. */
	private static boolean isFirstNameOf(String name, String fullName) {
		return !name.contains(" ") && fullName.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + " ");
	}

	/**
	 * Whether an author field names the publication rather than a person: the raw field carries a web address
	 * ("Deutsche Welle (www.dw.com)"), a name holds an organisation word ("Acme Redaktion"), a name is the site
	 * name written without its spaces or domain ("El Courier" for "ElCourier.com"), or every name is an upper-case
	 * abbreviation ("AFP", "JF": an agency or the publication's own code).
	 */
	boolean namesOrganisation(List<String> raw, List<String> names, String siteName) {
		if (raw.stream().anyMatch((field) -> MetadataRules.WEB_ADDRESS.matcher(field).find())) {
			return true;
		}
		if (!names.isEmpty() && names.stream().allMatch((name) -> MetadataRules.ABBREVIATION.matcher(name).matches())) {
			return true;
		}
		String site = squeezedSite(siteName);
		for (String name : names) {
			for (String word : lowerCaseWords(name)) {
				if (MetadataRules.ORGANISATION_WORDS.contains(word)) {
					return true;
				}
			}
			if (!site.isEmpty() && squeezed(name).equals(site)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A name written as a brand, not as a person's: in capitals throughout ("EAT SMARTER"), or with a word closing in
	 * an organisation word ("IT Finanzmagazin"). An organisation word standing alone ("Presse Augsburg") is left to
	 * {@link #namesOrganisation}.
	 */
	static boolean isBrand(String name) {
		if (name.equals(name.toUpperCase(Locale.ROOT))
				&& name.chars().filter(Character::isLetter).count() > MAX_CODE_LETTERS) {
			return true;
		}
		for (String word : lowerCaseWords(name)) {
			for (String organisation : COMPOUND_ORGANISATION_WORDS) {
				if (word.length() > organisation.length() && word.endsWith(organisation)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String[] lowerCaseWords(String name) {
		return NAME_WORD_BREAK.split(name.toLowerCase(Locale.ROOT));
	}

	/** The site's name without its address parts, spaces and punctuation ("usatoday"); empty when unknown. */
	private static String squeezedSite(String siteName) {
		return (siteName != null) ? squeezed(MetadataRules.WEB_ADDRESS_PARTS.matcher(siteName).replaceAll("")) : "";
	}

	private static String squeezed(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static boolean isName(String name, String siteName) {
		String lower = name.toLowerCase(Locale.ROOT);
		// A user interface line is all widget words ("View More Articles").
		if (MetadataRules.DEGREES.contains(lower) || isInterfaceLine(lower) || CARD_LABELS.matcher(name).matches()) {
			return false;
		}
		return (name.codePoints().filter(Character::isLetter).count() >= MIN_NAME_LETTERS
				|| LETTER_AND_DIGITS_LOGIN.matcher(name).matches())
				&& name.split(" ").length <= MetadataRules.MAX_NAME_WORDS && !MetadataRules.AUTHOR_UI_WORDS.contains(lower)
				&& !MetadataRules.URL_LIKE.matcher(name).find()
				&& !namesTheSite(lower, siteName) && !(siteName != null && spellsTheSiteAsABrand(name, siteName))
				&& !isPhrase(name);
	}

	/**
	 * A dateline split off with the names ("Jane Doe, Oktober 2008", "Wednesday, 08 Apr 2020") leaves a day of the
	 * week, or a month before its number ("Jan" and "April" alone are given names too).
	 */
	private static boolean isDateline(String name, String part, String nextPart) {
		return DateWords.isWeekday(name) || DateWords.month(name) > 0
				&& (part.chars().anyMatch(Character::isDigit) || nextPart.strip().matches("\\d.*"));
	}

	/** What ties a name to the publication after it: "Jane Doe for The Courier", "Jane Doe, The Courier". */
	private static final Pattern SITE_LINK_WORD = Pattern
		.compile("(?:\\s+(?:for|für|pour|para|per|at|bei|of)|\\s*[-–—|,@])$", Pattern.CASE_INSENSITIVE);

	/**
	 * "Jane Doe USA TODAY" for the site "usatoday": a byline block naming the publication after its last author,
	 * read as one line. The name keeps at least two words.
	 *
	 * @param site the site's name as {@link #squeezedSite} gives it
	 */
	private static String withoutTrailingSiteName(String name, String site) {
		String[] words = name.split(" ");
		for (int kept = 2; kept < words.length && !site.isEmpty(); kept++) {
			if (squeezed(String.join(" ", Arrays.copyOfRange(words, kept, words.length))).equals(site)) {
				return SITE_LINK_WORD.matcher(String.join(" ", Arrays.copyOfRange(words, 0, kept))).replaceFirst("");
			}
		}
		return name;
	}

	/**
	 * The job title a byline sets before a full name ("Rechtsanwalt Jane Doe", "Reporter Jane Doe"): the name
	 * without it. Honorifics ("Dr. Jane Doe") are part of how the person is named and stay.
	 */
	private static String withoutLeadingRole(String name) {
		String[] words = name.split(" ");
		if (words.length < 3 || !MetadataRules.ROLE_WORDS.contains(words[0].toLowerCase(Locale.ROOT))) {
			return name;
		}
		for (int i = 1; i < words.length; i++) {
			if (!Character.isUpperCase(words[i].codePointAt(0)) && !MetadataRules.NAME_PARTICLES.contains(words[i])) {
				return name;
			}
		}
		return name.substring(words[0].length() + 1);
	}

	private static boolean isMediaCredit(String label) {
		return MetadataRules.MEDIA_CREDIT_LABELS.contains(label.toLowerCase(Locale.ROOT));
	}

	/** Letters after a name ("Jane Doe, MS, RDN"): her degrees, not co-authors; alone they may be initials. */
	private static boolean isCredential(String name) {
		return MetadataRules.CREDENTIALS.contains(name.toLowerCase(Locale.ROOT));
	}

	private static boolean namesRole(String name) {
		return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s-]+")).anyMatch(MetadataRules.ROLE_WORDS::contains);
	}

	private static boolean isInterfaceLine(String lower) {
		String[] words = lower.split("\\s+");
		return words.length > 1 && Arrays.stream(words).allMatch(MetadataRules.AUTHOR_UI_WORDS::contains);
	}

	/**
	 * A lower-case word before capitalised ones, or a colon, makes a sentence or a label's rest, not a name
	 * ("deinen Hochzeitsbloggern", "so Artikel empfehlen:", "directrice de France Inter"). A lone lower-case word is
	 * a login and a name all in lower case is written so by its owner ("jane doe"); a particle may open a name ("van
	 * Gogh"), and a brand written in lower case carries its address or an organisation word ("revamp-it Webteam",
	 * "acme.de Redaktion", "bergportal GmbH"), which the organisation rule then weighs.
	 */
	private static boolean isPhrase(String name) {
		int space = name.indexOf(' ');
		if (space < 0 || !Character.isLowerCase(name.codePointAt(0))) {
			return false;
		}
		String first = name.substring(0, space);
		if (MetadataRules.NAME_PARTICLES.contains(first) || first.matches(".*[\\d.-].*")) {
			return false;
		}
		boolean capitalised = false;
		for (String word : name.split("\\s+")) {
			if (MetadataRules.ORGANISATION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return false;
			}
			capitalised |= Character.isUpperCase(word.codePointAt(0));
		}
		return capitalised || name.indexOf(':') >= 0;
	}

	/**
	 * The parts of an author field: the names the separators divide, but an organisation's name stays whole
	 * ("Ministry of Trade and Industry", "Bundesamt für Kultur und Medien"): a lower-case word between two
	 * capitalised ones, neither a particle nor a conjunction, is no part of a person's name.
	 */
	private static String[] parts(String text) {
		List<String> parts = new ArrayList<>();
		boolean organisation = false;
		for (String segment : LIST_SEPARATOR.split(text)) {
			String[] pieces = MetadataRules.AUTHOR_SEPARATOR.split(segment);
			if (pieces.length > 1 && Arrays.stream(pieces).anyMatch(AuthorNameCleaner::isOrganisationName)) {
				parts.add(segment);
				organisation = true;
			}
			else {
				parts.addAll(Arrays.asList(pieces));
			}
		}
		return organisation ? parts.toArray(String[]::new) : MetadataRules.AUTHOR_SEPARATOR.split(text);
	}

	private static boolean isOrganisationName(String name) {
		String[] words = name.trim().split("\\s+");
		for (int i = 1; i + 1 < words.length; i++) {
			String word = words[i];
			if (Character.isLowerCase(word.codePointAt(0)) && word.chars().allMatch(Character::isLetter)
					&& Character.isUpperCase(words[i - 1].codePointAt(0))
					&& Character.isUpperCase(words[i + 1].codePointAt(0))
					&& !MetadataRules.NAME_PARTICLES.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The site's name as {@link #namesTheSite(String, String)} tells it, or written without spaces ("usatoday").
	 *
	 * @param site the site's name as {@link #squeezedSite} gives it
	 */
	private static boolean namesTheSite(String name, String siteName, String site) {
		return namesTheSite(name.toLowerCase(Locale.ROOT), siteName) || !site.isEmpty() && squeezed(name).equals(site);
	}

	/**
	 * The site's name written as a brand, not as a person's: one word, or words opening with an article ("AcmeNews",
	 * "The Courier", "La Gaceta"), whose letters are the site's name without its spaces, punctuation and domain
	 * ("AcmeNews" on "AcmeNews.Online"), perhaps numbered as a CMS account ("Acme1" on "Acme.de"). Two or more words
	 * may be a person whose site bears their name ("Jane Doe" on "janedoe.com"); an abbreviation ("ACN") stays the
	 * desk credit of the site's own reports.
	 */
	static boolean spellsTheSiteAsABrand(String name, String siteName) {
		int space = name.indexOf(' ');
		boolean brand = (space < 0) ? !MetadataRules.ABBREVIATION.matcher(name).matches()
				: MetadataRules.PUBLICATION_ARTICLES.contains(name.substring(0, space).toLowerCase(Locale.ROOT));
		String site = squeezedSite(siteName);
		String squeezed = squeezed(name);
		return brand && !site.isEmpty() && squeezed.startsWith(site)
				&& NUMBER.matcher(squeezed.substring(site.length())).matches();
	}

	/** The site's name, alone or after a name ("Jane Doe Acme"). */
	private static boolean mentionsTheSite(String part, String siteName, String site) {
		return namesTheSite(part, siteName, site) || !withoutTrailingSiteName(part, site).equals(part);
	}

	/** The site name, or one part of a site name that came with a headline ("Headline | The Courier"). */
	private static boolean namesTheSite(String lower, String siteName) {
		if (siteName == null) {
			return false;
		}
		for (String part : MetadataRules.TITLE_SEPARATOR.split(siteName.toLowerCase(Locale.ROOT))) {
			if (part.trim().equals(lower)) {
				return true;
			}
		}
		return false;
	}

}
