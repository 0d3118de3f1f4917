// netwright: the desktop application. Opens the project named on the command line
// (a bundled example opens as an untitled copy), else shows the example gallery on
// first start, and offers to restore what a crash left behind.
#include "ExampleGallery.h"
#include "Languages.h"
#include "MainWindow.h"
#include "model/NetworkDocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

// NETWRIGHT_STARTUP_PROBE=1 (bench/startup_bench): once the window is up, its
// project open and the events of start-up handled, print the monotonic clock
// and quit, so a parent process can time launch-to-interactive.
void reportStartupAndQuit()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::printf("netwright-startup-probe monotonic_ns=%lld\n", now.tv_sec * 1000000000LL + now.tv_nsec);
    std::fflush(stdout);
    QApplication::quit();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Netwright"));
    QApplication::setApplicationName(QStringLiteral("Netwright"));
    QApplication::setApplicationVersion(QStringLiteral(NETWRIGHT_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Netwright"));
    // The desktop entry's name and icon, so the task bar groups the window under it.
    QApplication::setDesktopFileName(QStringLiteral("netwright"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/netwright.svg")));

    // Before any widget exists: every widget takes its texts when it is built.
    nw::Languages::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A workbench for building, training and inspecting neural networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
        QApplication::translate("main", "The project to open (*.nwproj); a bundled example opens as a copy."));
    parser.process(app);

    nw::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // After the event loop starts, so the window is on screen behind any dialog.
    QTimer::singleShot(0, &window, [&window, files] {
        window.offerAutosaveRestore();
        if (window.document()->isModified())
            return; // restored work comes first
        if (!files.isEmpty()) {
            window.openFile(files.constFirst());
        } else if (nw::ExampleGallery::showAtStart()) {
            nw::ExampleGallery gallery(&window);
            if (gallery.exec() == QDialog::Accepted && !gallery.selectedPath().isEmpty())
                window.openExample(gallery.selectedPath());
        }
        if (qEnvironmentVariableIsSet("NETWRIGHT_STARTUP_PROBE"))
            QTimer::singleShot(0, &window, reportStartupAndQuit); // after what opening posted
    });
    return app.exec();
}
