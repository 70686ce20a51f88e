package cefshell.internal.ui;

import java.io.File;
import java.util.Locale;

import javax.swing.JFileChooser;

import cefshell.FileFilter;

/** A {@link FileFilter} as Swing's file chooser filter: folders always show, so that the user can walk into them. */
final class ExtensionFilter extends javax.swing.filechooser.FileFilter {
    private final FileFilter filter;

    private ExtensionFilter(FileFilter filter) {
        this.filter = filter;
    }

    /** Offers exactly the given types (the first selected), or every file when there are none. */
    static void apply(JFileChooser chooser, java.util.List<FileFilter> filters) {
        if (filters.isEmpty()) {
            return;
        }
        chooser.setAcceptAllFileFilterUsed(false);
        for (FileFilter f : filters) {
            chooser.addChoosableFileFilter(new ExtensionFilter(f));
        }
        chooser.setFileFilter(chooser.getChoosableFileFilters()[0]);
    }

    @Override
    public boolean accept(File f) {
        if (f.isDirectory() || filter.acceptsAll()) {
            return true;
        }
        String name = f.getName().toLowerCase(Locale.ROOT);
        for (String ext : filter.extensions()) {
            if (name.endsWith("." + ext.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String getDescription() {
        return filter.name();
    }
}
