import java.awt.BorderLayout;
import java.nio.file.Path;
import javax.swing.*;
import cefshell.BrowserPanel;
import cefshell.Shell;

public class HelloSwing {
    public static void main(String[] args) {
        Shell shell = Shell.start();                                     // first, before any Swing
        BrowserPanel page = BrowserPanel.forApp(shell, Path.of("ui"));   // serves ui/, shows ui/index.html
        JLabel status = new JLabel("Click the page's button");
        page.webContents().ipc().handle("greet", (event, a) -> {         // runs on an IPC thread, not the EDT
            SwingUtilities.invokeLater(() -> status.setText("The page says " + a.get(0)));
            return "Hello from Swing";
        });
        JButton ping = new JButton("Ping the page");
        ping.addActionListener(e -> page.webContents().send("ping", "from Swing"));
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame("Hello");
            frame.add(ping, BorderLayout.NORTH); frame.add(page); frame.add(status, BorderLayout.SOUTH);
            frame.setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
            frame.pack(); frame.setVisible(true);
        });
    }
}
