// Opening and closing 50 projects in one window leaves nothing behind: the window
// holds as many objects after the fiftieth as after the first few (panels are
// reused, not piled up), and under LeakSanitizer (the ASan build, see
// scripts/test-sanitizers.sh) the process ends without a leak. Each project is
// opened from its file with its weights, its data loaded by the Dataset dock, its
// network compiled, and then closed with File > New.
#include "DocumentFiles.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "model/NetworkDocument.h"
#include "panels/DatasetDock.h"

#include <gtest/gtest.h>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace nw;

namespace {

int objectsIn(const QObject& root)
{
    return static_cast<int>(root.findChildren<QObject*>().size());
}

} // namespace

TEST(WindowLeaks, OpeningAndClosingFiftyProjectsLeavesNothingBehind)
{
    QTemporaryDir tmp;
    // Projects with weights beside them, as a person's files are.
    QStringList projects;
    for (const char* name : { "xor", "circle", "spiral", "iris", "digits" }) {
        const QString out = tmp.filePath(QStringLiteral("%1.nwproj").arg(QLatin1String(name)));
        QProcess cli;
        cli.start(QStringLiteral(NETWRIGHT_CLI),
            { QStringLiteral("train"), test::examplePath(QString::fromLatin1(name)), QStringLiteral("--epochs"),
                QStringLiteral("1"), QStringLiteral("--out"), out });
        ASSERT_TRUE(cli.waitForFinished(120000) && cli.exitCode() == 0) << cli.readAllStandardError().constData();
        projects << out;
    }
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.show();
    auto* dock = window.findChild<DatasetDock*>();
    ASSERT_NE(dock, nullptr);
    int objectsAfterWarmUp = 0;
    for (int i = 0; i < 50; ++i) {
        QString error;
        ASSERT_TRUE(window.files()->openFile(projects[i % projects.size()], &error)) << error.toStdString();
        ASSERT_FALSE(window.document()->weights().empty());
        ASSERT_TRUE(QTest::qWaitFor([&] { return dock->dataset() != nullptr && !dock->isLoading(); }, 60000))
            << dock->errorText().toStdString();
        window.document()->compileNow();
        QTest::qWait(20); // paced panels (charts, boundary) get their turn
        window.files()->newDocument();
        QTest::qWait(20);
        if (i == 9) // every project seen twice: caches and panels have their size
            objectsAfterWarmUp = objectsIn(window);
    }
    std::printf("objects in the window after 10 projects: %d, after 50: %d\n", objectsAfterWarmUp, objectsIn(window));
    EXPECT_LE(objectsIn(window), objectsAfterWarmUp) << "objects pile up in the window";
}
