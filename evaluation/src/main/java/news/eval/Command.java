package news.eval;

import java.util.List;

/** One {@code ./news} tool. */
public interface Command {

	/** @return the process exit code */
	int run(List<String> args) throws Exception;

	/** One line: arguments and what the command does. */
	String usage();
}
