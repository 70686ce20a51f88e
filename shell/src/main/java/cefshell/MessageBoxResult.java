package cefshell;

/**
 * How the user answered {@link Dialog#showMessageBox} (Electron's {@code {response, checkboxChecked}}).
 *
 * @param response        the index of the button pressed; the options' {@code cancelId} when the box was closed
 *                        another way (Escape, the window's close button)
 * @param checkboxChecked the check box's state when the box closed (false when there was none)
 */
public record MessageBoxResult(int response, boolean checkboxChecked) {
}
