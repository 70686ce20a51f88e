package cefshell;

/**
 * What a page's {@code context-menu} event tells (Electron's {@code params}, the fields Chromium reports through
 * CEF): where the user asked for a context menu (a right click, the menu key) and on what.
 *
 * @param x             position in the page's coordinates (pass it to {@link Menu.PopupOptions.Builder#at})
 * @param y             position in the page's coordinates
 * @param linkURL       the URL of the link the menu was asked on, or ""
 * @param pageURL       the URL of the top-level page
 * @param frameURL      the URL of the frame the menu was asked in (the page's own URL in the main frame)
 * @param srcURL        the source of the image, audio or video the menu was asked on, or ""
 * @param mediaType     {@code none}, {@code image}, {@code video}, {@code audio}, {@code file} or {@code plugin}
 * @param hasImageContents whether the menu was asked on an image that has contents
 * @param isEditable    whether the menu was asked on an editable element (an input, a textarea, contenteditable)
 * @param selectionText the selected text the menu was asked on, or ""
 * @param misspelledWord the misspelled word under the pointer, or ""
 * @param editFlags     what the renderer believes it can do in the editable element
 */
public record ContextMenuParams(int x, int y, String linkURL, String pageURL, String frameURL, String srcURL,
                                String mediaType, boolean hasImageContents, boolean isEditable, String selectionText,
                                String misspelledWord, EditFlags editFlags) {
    /** Electron's {@code params.editFlags}. */
    public record EditFlags(boolean canUndo, boolean canRedo, boolean canCut, boolean canCopy, boolean canPaste,
                            boolean canDelete, boolean canSelectAll) {
    }
}
