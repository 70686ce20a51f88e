package cefshell.internal.packaging;

import java.util.Locale;

/** What {@code shell package} makes: always an app image; on Debian and Ubuntu, also a {@code .deb} from it. */
public enum PackageType {
    /** A folder with a native launcher ({@code bin/<name>}), the runtime, the app and the natives. */
    APP_IMAGE("app-image"),
    /** The app image as a Debian package, installed under {@code /opt/<name>}. */
    DEB("deb");

    private final String label;

    PackageType(String label) {
        this.label = label;
    }

    /** The name on the command line and in jpackage's {@code --type}. */
    public String label() {
        return label;
    }

    /** picocli's converter: {@code app-image} or {@code deb}. */
    public static PackageType of(String label) {
        for (PackageType t : values()) {
            if (t.label.equals(label.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a package type: app-image or deb");
    }
}
