package news.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Month names and abbreviations of the languages news pages are written in most, for written dates. */
final class DateWords {

	/** Per month (January first): full names and abbreviations in English, German, French, Spanish, Italian,
	 * Portuguese, Dutch, Polish (genitive), Swedish/Danish/Norwegian, Czech (genitive), Finnish, Turkish, Russian and
	 * Ukrainian (genitive) and Arabic (Egyptian names). */
	private static final String[][] MONTHS = {
			{ "january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
					"januari", "stycznia", "januar", "ledna", "tammikuuta", "ocak",
					"января", "січня", "يناير" },
			{ "february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
					"fevereiro", "fev", "februari", "lutego", "února", "helmikuuta", "şubat",
					"февраля", "лютого", "فبراير" },
			{ "march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "marca",
					"března", "maaliskuuta", "mart",
					"марта", "березня", "مارس" },
			{ "april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "dubna", "huhtikuuta", "nisan",
					"апреля", "квітня", "أبريل", "إبريل" },
			{ "may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "května", "toukokuuta", "mayıs",
					"мая", "травня", "مايو" },
			{ "june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "června", "kesäkuuta",
					"haziran",
					"июня", "червня", "يونيو" },
			{ "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "července",
					"heinäkuuta", "temmuz",
					"июля", "липня", "يوليو" },
			{ "august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "srpna", "elokuuta",
					"ağustos",
					"августа", "серпня", "أغسطس" },
			{ "september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "września",
					"září", "syyskuuta", "eylül",
					"сентября", "вересня", "سبتمبر" },
			{ "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
					"października", "října", "lokakuuta", "ekim",
					"октября", "жовтня", "أكتوبر" },
			{ "november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopadu", "marraskuuta",
					"kasım",
					"ноября", "листопада", "نوفمبر" },
			{ "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
					"dezembro", "grudnia", "prosince", "joulukuuta", "aralık",
					"декабря", "грудня", "ديسمبر" } };

	/** Day names of the same languages (the common ones), which open datelines ("Wednesday, 08 Apr 2020"). */
	private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
			"sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes",
			"miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì",
			"venerdì", "sabato", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
			"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");

	private static final Map<String, Integer> BY_NAME = new HashMap<>();

	/** All names, longest first, so an alternation matches "juillet" before "juil". */
	static final List<String> MONTH_NAMES;

	static {
		for (int i = 0; i < MONTHS.length; i++) {
			for (String name : MONTHS[i]) {
				BY_NAME.putIfAbsent(name, i + 1);
			}
		}
		List<String> names = new ArrayList<>(BY_NAME.keySet());
		names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		MONTH_NAMES = List.copyOf(names);
	}

	private DateWords() {
	}

	/** Whether a word names a day of the week (any case, trailing dot allowed). */
	static boolean isWeekday(String word) {
		String key = word.toLowerCase(Locale.ROOT);
		return WEEKDAYS.contains(key.endsWith(".") ? key.substring(0, key.length() - 1) : key);
	}

	/** 1–12 for a month name or abbreviation (any case, trailing dot allowed), 0 if unknown. */
	static int month(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		if (key.endsWith(".")) {
			key = key.substring(0, key.length() - 1);
		}
		return BY_NAME.getOrDefault(key, 0);
	}

}
