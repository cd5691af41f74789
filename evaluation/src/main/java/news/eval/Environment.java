package news.eval;

import java.lang.management.ManagementFactory;

/**
 * What the tools read from the machine they run on: the load average printed beside every speed number, and
 * the variables {@code ./news} exports.
 */
public final class Environment {

	private Environment() {
	}

	/** The one-minute load average, so a speed number says how busy the machine was. */
	public static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/** An environment variable, or {@code fallback} when it is unset or blank. */
	public static String variable(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
