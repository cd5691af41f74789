package news.ingest.extract;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The time zone of the country a site's country-code domain names, where that country lives on one clock (or nearly
 * all of it: mainland Spain, Brazil's south-east, Mexico's centre). Java's time-zone data knows no country and ICU
 * lists a country's zones without saying which is its main one, so the few dozen countries are listed here. Domains
 * sold for other uses (.co, .io, .tv, .me, .fm) and the countries spanning many zones (US, Canada, Russia,
 * Australia, Indonesia) are left out: their sites say nothing about their clock.
 */
final class CountryZone {

	/** Country-code domain, then its zone (names every JDK 17 knows: Kiev rather than the newer Kyiv). */
	private static final Map<String, ZoneId> ZONES = """
			de Europe/Berlin
			at Europe/Vienna
			ch Europe/Zurich
			li Europe/Vaduz
			lu Europe/Luxembourg
			fr Europe/Paris
			be Europe/Brussels
			nl Europe/Amsterdam
			it Europe/Rome
			es Europe/Madrid
			pt Europe/Lisbon
			uk Europe/London
			ie Europe/Dublin
			dk Europe/Copenhagen
			se Europe/Stockholm
			no Europe/Oslo
			fi Europe/Helsinki
			pl Europe/Warsaw
			cz Europe/Prague
			sk Europe/Bratislava
			hu Europe/Budapest
			si Europe/Ljubljana
			hr Europe/Zagreb
			rs Europe/Belgrade
			ro Europe/Bucharest
			bg Europe/Sofia
			gr Europe/Athens
			tr Europe/Istanbul
			ua Europe/Kiev
			il Asia/Jerusalem
			in Asia/Kolkata
			pk Asia/Karachi
			jp Asia/Tokyo
			kr Asia/Seoul
			cn Asia/Shanghai
			tw Asia/Taipei
			hk Asia/Hong_Kong
			sg Asia/Singapore
			ph Asia/Manila
			th Asia/Bangkok
			vn Asia/Ho_Chi_Minh
			nz Pacific/Auckland
			za Africa/Johannesburg
			ng Africa/Lagos
			ke Africa/Nairobi
			eg Africa/Cairo
			ar America/Argentina/Buenos_Aires
			br America/Sao_Paulo
			cl America/Santiago
			uy America/Montevideo
			py America/Asuncion
			bo America/La_Paz
			pe America/Lima
			ec America/Guayaquil
			ve America/Caracas
			mx America/Mexico_City
			gt America/Guatemala
			cr America/Costa_Rica
			cu America/Havana
			do America/Santo_Domingo
			""".lines()
		.map((line) -> line.split(" "))
		.collect(Collectors.toUnmodifiableMap((pair) -> pair[0], (pair) -> ZoneId.of(pair[1])));

	private CountryZone() {
	}

	/** The zone of the page host's country-code domain, if it names a country on one clock. */
	static Optional<ZoneId> of(String pageUrl) {
		String host = SiteHost.hostName(pageUrl);
		return (host == null) ? Optional.empty()
				: Optional.ofNullable(ZONES.get(host.substring(host.lastIndexOf('.') + 1)));
	}

}
