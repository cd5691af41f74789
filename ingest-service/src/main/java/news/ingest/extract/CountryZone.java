package news.ingest.extract;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time zone of the country a site's country-code domain names, where that country lives on one clock (or nearly
 * all of it: mainland Spain, Brazil's south-east, Mexico's centre). Java's time-zone data knows no country and ICU
 * lists a country's zones without saying which is its main one, so the few dozen countries are listed here. Domains
 * sold for other uses (.co, .io, .tv, .me, .fm) and the countries spanning many zones (US, Canada, Russia,
 * Australia, Indonesia) are left out: their sites say nothing about their clock.
 */
final class CountryZone {

	private static final Pattern HOST = Pattern.compile("^[a-z][a-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("de", "Europe/Berlin"),
			Map.entry("at", "Europe/Vienna"), Map.entry("ch", "Europe/Zurich"), Map.entry("li", "Europe/Vaduz"),
			Map.entry("lu", "Europe/Luxembourg"), Map.entry("fr", "Europe/Paris"), Map.entry("be", "Europe/Brussels"),
			Map.entry("nl", "Europe/Amsterdam"), Map.entry("it", "Europe/Rome"), Map.entry("es", "Europe/Madrid"),
			Map.entry("pt", "Europe/Lisbon"), Map.entry("uk", "Europe/London"), Map.entry("ie", "Europe/Dublin"),
			Map.entry("dk", "Europe/Copenhagen"), Map.entry("se", "Europe/Stockholm"), Map.entry("no", "Europe/Oslo"),
			Map.entry("fi", "Europe/Helsinki"), Map.entry("pl", "Europe/Warsaw"), Map.entry("cz", "Europe/Prague"),
			Map.entry("sk", "Europe/Bratislava"), Map.entry("hu", "Europe/Budapest"), Map.entry("si", "Europe/Ljubljana"),
			Map.entry("hr", "Europe/Zagreb"), Map.entry("rs", "Europe/Belgrade"), Map.entry("ro", "Europe/Bucharest"),
			Map.entry("bg", "Europe/Sofia"), Map.entry("gr", "Europe/Athens"), Map.entry("tr", "Europe/Istanbul"),
			Map.entry("ua", "Europe/Kyiv"), Map.entry("il", "Asia/Jerusalem"), Map.entry("in", "Asia/Kolkata"),
			Map.entry("pk", "Asia/Karachi"), Map.entry("jp", "Asia/Tokyo"), Map.entry("kr", "Asia/Seoul"),
			Map.entry("cn", "Asia/Shanghai"), Map.entry("tw", "Asia/Taipei"), Map.entry("hk", "Asia/Hong_Kong"),
			Map.entry("sg", "Asia/Singapore"), Map.entry("ph", "Asia/Manila"), Map.entry("th", "Asia/Bangkok"),
			Map.entry("vn", "Asia/Ho_Chi_Minh"), Map.entry("nz", "Pacific/Auckland"), Map.entry("za", "Africa/Johannesburg"),
			Map.entry("ng", "Africa/Lagos"), Map.entry("ke", "Africa/Nairobi"), Map.entry("eg", "Africa/Cairo"),
			Map.entry("ar", "America/Argentina/Buenos_Aires"), Map.entry("br", "America/Sao_Paulo"),
			Map.entry("cl", "America/Santiago"), Map.entry("uy", "America/Montevideo"), Map.entry("py", "America/Asuncion"),
			Map.entry("bo", "America/La_Paz"), Map.entry("pe", "America/Lima"), Map.entry("ec", "America/Guayaquil"),
			Map.entry("ve", "America/Caracas"), Map.entry("mx", "America/Mexico_City"), Map.entry("gt", "America/Guatemala"),
			Map.entry("cr", "America/Costa_Rica"), Map.entry("cu", "America/Havana"), Map.entry("do", "America/Santo_Domingo"));

	private CountryZone() {
	}

	/** The zone of the page host's country-code domain, if it names a country on one clock. */
	static Optional<ZoneId> of(String pageUrl) {
		if (pageUrl == null) {
			return Optional.empty();
		}
		Matcher m = HOST.matcher(pageUrl);
		if (!m.find()) {
			return Optional.empty();
		}
		String host = m.group(1).toLowerCase(Locale.ROOT);
		return Optional.ofNullable(ZONES.get(host.substring(host.lastIndexOf('.') + 1))).map(ZoneId::of);
	}

}
