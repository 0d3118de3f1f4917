// The window as a child process the crash tests kill (WindowCrashTest.cpp): a real
// MainWindow, offscreen, with settings and autosaves in the folders it is given.
//
//   window_child save SOURCE.nwproj TARGET.nwproj
//       opens SOURCE with its weights and saves the document to TARGET (the path of
//       Save and Save As: DocumentFiles::saveTo); exit 0 when saved.
//   window_child edit PROJECT.nwproj AUTOSAVE_DIR INTERVAL_MS EDIT_MS
//       opens PROJECT with its weights, autosaves every INTERVAL_MS, and every
//       EDIT_MS makes edit k = 1, 2, ...: the name becomes "edit k" and the first
//       value of every tensor k, so a restored graph and its weights can be matched.
//       Prints "edit k <ms since start>" after each, until it is killed.
#include "AutosaveManager.h"
#include "DocumentFiles.h"
#include "MainWindow.h"
#include "model/NetworkDocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace nw;

namespace {

int save(MainWindow& window, const QString& source, const QString& target)
{
    QString error;
    if (!window.files()->openFile(source, &error) || window.document()->weights().empty()) {
        std::fprintf(stderr, "cannot open %s with weights: %s\n", qPrintable(source), qPrintable(error));
        return 3;
    }
    if (!window.files()->saveTo(target, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("saved\n");
    return 0;
}

int edit(QApplication& app, MainWindow& window, const QStringList& args)
{
    QString error;
    window.autosave()->setDirectory(args[1]);
    if (!window.files()->openFile(args[0], &error) || window.document()->weights().empty()) {
        std::fprintf(stderr, "cannot open %s with weights: %s\n", qPrintable(args[0]), qPrintable(error));
        return 3;
    }
    window.autosave()->setInterval(std::chrono::milliseconds(args[2].toInt()));
    QElapsedTimer clock;
    clock.start();
    int k = 0;
    QTimer edits;
    QObject::connect(&edits, &QTimer::timeout, &window, [&] {
        ++k;
        std::map<std::string, Tensor> weights = window.document()->weights();
        for (auto& [name, tensor] : weights)
            tensor.data()[0] = static_cast<float>(k);
        window.document()->setWeights(std::move(weights), -1);
        window.document()->setName(QStringLiteral("edit %1").arg(k));
        std::printf("edit %d %lld\n", k, static_cast<long long>(clock.elapsed()));
        std::fflush(stdout);
    });
    edits.start(args[3].toInt());
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NetwrightTests"));
    QApplication::setApplicationName(QStringLiteral("window_child"));
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    const QStringList args = app.arguments().mid(1);
    MainWindow window;
    window.autosave()->setDirectory(settings.filePath(QStringLiteral("autosave")));
    window.show();
    if (args.size() == 3 && args[0] == QLatin1String("save"))
        return save(window, args[1], args[2]);
    if (args.size() == 5 && args[0] == QLatin1String("edit"))
        return edit(app, window, args.mid(1));
    std::fprintf(stderr, "usage: window_child save SOURCE TARGET | edit PROJECT AUTOSAVE_DIR INTERVAL_MS EDIT_MS\n");
    return 2;
}
