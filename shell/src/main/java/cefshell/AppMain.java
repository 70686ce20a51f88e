package cefshell;

/**
 * The main-side code of an app folder, like Electron's {@code main.js} but in Java. {@code shell run} compiles the
 * app's Java sources against the shell's public API, instantiates the class named by {@code main.class} in
 * {@code app.json} (it needs a public no-argument constructor) and calls {@link #start}.
 *
 * <pre>{@code
 * // app.json:  { "name": "hello", "main": { "class": "hello.HelloMain" } }
 * // main/hello/HelloMain.java:
 * package hello;
 *
 * import cefshell.AppContext;
 * import cefshell.AppMain;
 *
 * public class HelloMain implements AppMain {
 *     @Override
 *     public void start(AppContext app) {
 *         System.out.println("starting " + app.name() + " with " + app.args());
 *         app.createWindow().onClosed(() -> System.out.println("bye"));
 *     }
 * }
 * }</pre>
 *
 * <p>Threading: {@code start} runs once, on the main thread, after Chromium is up and the app folder is served, and
 * before any window exists. If it returns without having opened a window through {@link AppContext#createWindow},
 * {@code shell run} opens the default window itself, so a main that only registers handlers needs no window code.
 * The run ends (exit code 0) when the last window has closed.
 */
@FunctionalInterface
public interface AppMain {
    /**
     * Sets the app up: register handlers, open windows.
     *
     * @throws Exception anything thrown ends {@code shell run} with exit code 1 and the stack trace on stderr
     */
    void start(AppContext app) throws Exception;
}
