package cefshell.internal.app;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

import cefshell.AppMain;

/**
 * Loads an app's compiled main class in its own class loader, whose parent is the shell's, so the app sees the
 * public API and the shell's libraries but the shell never sees the app's classes.
 *
 * <p>Two steps, so that a wrong class is reported before Chromium starts while the app's own code (static
 * initialisers, the constructor) runs only after: {@link #load} checks the class, {@link #instantiate} creates it.
 */
public final class MainLoader {
    private MainLoader() {
    }

    /**
     * Loads {@code main.className()} from {@code classes} without initialising it.
     *
     * @throws AppFailedException when the class is missing, not a public concrete {@link AppMain}, or has no public
     *                            no-argument constructor
     */
    public static Class<? extends AppMain> load(Path classes, AppManifest app) {
        String className = app.main().className();
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("app:" + app.name(), new URL[] {classes.toUri().toURL()},
                    AppMain.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new AppFailedException(app.folder().resolve(AppManifest.FILE_NAME) + ": \"main.class\" is "
                    + className + ", but the main sources define no such class (check its package and name)");
        } catch (LinkageError e) {
            throw new AppFailedException("cannot load " + className + ": " + e, e);
        }
        if (!AppMain.class.isAssignableFrom(type)) {
            throw new AppFailedException(className + " does not implement cefshell.AppMain, so it cannot be the "
                    + "app's main class: declare it as  public class " + type.getSimpleName() + " implements AppMain");
        }
        if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
            throw new AppFailedException(className + " must be a public, non-abstract class");
        }
        try {
            if (!Modifier.isPublic(type.getConstructor().getModifiers())) {
                throw new NoSuchMethodException();
            }
        } catch (NoSuchMethodException e) {
            throw new AppFailedException(className + " needs a public constructor without parameters");
        }
        return type.asSubclass(AppMain.class);
    }

    /**
     * Creates the main object: runs the class's static initialisers and its constructor.
     *
     * @throws AppFailedException when either throws
     */
    public static AppMain instantiate(Class<? extends AppMain> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new AppFailedException("the constructor of " + type.getName() + " threw " + e.getCause(),
                    e.getCause());
        } catch (ExceptionInInitializerError e) {
            throw new AppFailedException("the static initialiser of " + type.getName() + " threw " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new AppFailedException("cannot create " + type.getName() + ": " + e, e);
        }
    }
}
