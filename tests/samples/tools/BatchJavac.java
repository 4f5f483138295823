import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles many independent Java programs in one JVM, each on its own, so that
 * hundreds of samples that all declare the same class name cost one JVM start.
 *
 * Argument: a file with one unit per line, tab-separated: the output folder,
 * then its source files. Prints "=== OK <folder>" or "=== FAIL <folder>" and
 * the compiler's messages for each unit.
 */
public class BatchJavac {
    public static void main(String[] args) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        boolean allOk = true;
        try (BufferedReader units = new BufferedReader(new FileReader(args[0]));
             StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            String line;
            while ((line = units.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> parts = Arrays.asList(line.split("\t"));
                String out = parts.get(0);
                List<File> sources = new ArrayList<>();
                for (String source : parts.subList(1, parts.size())) {
                    sources.add(new File(source));
                }
                StringWriter messages = new StringWriter();
                List<String> options = Arrays.asList("-d", out, "-encoding", "UTF-8", "-Xlint:none");
                boolean ok = compiler
                    .getTask(messages, files, null, options, null, files.getJavaFileObjectsFromFiles(sources))
                    .call();
                allOk &= ok;
                System.out.println("=== " + (ok ? "OK " : "FAIL ") + out);
                System.out.print(messages);
            }
        }
        System.exit(allOk ? 0 : 1);
    }
}
