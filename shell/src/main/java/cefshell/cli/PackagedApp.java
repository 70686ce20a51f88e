package cefshell.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The main class of an app packaged by {@code shell package}: {@code shell run} on the app folder inside the image,
 * with the main classes compiled at packaging time, so the packaged runtime needs no compiler. The launcher's
 * {@code --java-options} name both folders (system properties below) and the natives folder
 * ({@code cefshell.natives.dir}). The user's arguments follow the app folder, so the launcher takes what
 * {@code shell run} takes: {@code hello --headless}, {@code hello -- --port 8080}, {@code hello one two}.
 */
public final class PackagedApp {
    /** The app folder inside the image. */
    static final String APP_PROPERTY = "cefshell.packaged.app";
    /** The folder of the app's compiled main classes inside the image; absent for a pure web app. */
    static final String MAIN_CLASSES_PROPERTY = "cefshell.packaged.main-classes";

    private PackagedApp() {
    }

    public static void main(String[] args) {
        String app = System.getProperty(APP_PROPERTY);
        if (app == null) {
            System.err.println("cefshell: " + PackagedApp.class.getName() + " runs packaged apps only: -D"
                    + APP_PROPERTY + " is not set (use `shell run` for an app folder)");
            System.exit(2);
        }
        CliLogging.install();
        System.exit(ShellCommand.commandLine().execute(runArguments(app, System.getProperty(MAIN_CLASSES_PROPERTY),
                args)));
    }

    static String[] runArguments(String app, String mainClasses, String[] userArgs) {
        List<String> run = new ArrayList<>(List.of("run"));
        if (mainClasses != null) {
            run.add("--compiled-main=" + mainClasses);
        }
        run.add(app);
        run.addAll(List.of(userArgs));
        return run.toArray(new String[0]);
    }
}
