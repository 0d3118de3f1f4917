// startup_bench: how long a person waits (issue 18's goals: 1 s each).
//
// 1. Launch to interactive: starts the real `netwright` binary on a project (the
//    spiral example; offscreen unless QT_QPA_PLATFORM says otherwise, with its own
//    empty settings and autosave folders) with NETWRIGHT_STARTUP_PROBE=1, which
//    makes it print the monotonic clock once the window is up, the project open
//    and start-up's events handled, and quit. The time from just before the
//    process is started to that clock.
// 2. Start to the first chart point: in this process, a MainWindow opens the
//    spiral example and Train > Start is triggered; the time until the charts
//    have drawn their first point.
// Each is run --rounds times (default 5), interleaved; prints every round and the
// median.
#include "MainWindow.h"
#include "charts/TrainingChartsWidget.h"
#include "charts/TrainingHistory.h"
#include "TrainingController.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace nw;

namespace {

long long monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec * 1000000000LL + now.tv_nsec;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

const QString kSpiral = QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/spiral.nwproj");

// Milliseconds from starting `netwright` to its probe's report; negative on failure.
double launchToInteractive()
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NETWRIGHT_STARTUP_PROBE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    const long long started = monotonicNs();
    app.start(QStringLiteral(NETWRIGHT_APP), { kSpiral });
    if (!app.waitForFinished(30000)) {
        app.kill();
        app.waitForFinished();
        std::fprintf(stderr, "netwright did not report within 30 s\n");
        return -1;
    }
    static const QRegularExpression probe(QStringLiteral("netwright-startup-probe monotonic_ns=(\\d+)"));
    const QRegularExpressionMatch m = probe.match(QString::fromLocal8Bit(app.readAllStandardOutput()));
    if (!m.hasMatch()) {
        std::fprintf(stderr, "no probe line from netwright: %s\n", app.readAllStandardError().constData());
        return -1;
    }
    return double(m.captured(1).toLongLong() - started) / 1e6;
}

// Milliseconds from Train > Start on the spiral example to the charts' first point.
double startToFirstPoint()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openExample(kSpiral))
        return -1;
    QApplication::processEvents();
    TrainingChartsWidget* charts = window.charts();
    QElapsedTimer timer;
    timer.start();
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    while (charts->isShowingPlaceholder() || charts->history()->isEmpty() || charts->redrawCount() == 0) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (timer.elapsed() > 30000)
            return -1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    window.training()->stop();
    while (window.training()->isBusy())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settings; // this process's MainWindows keep their settings here
    qputenv("XDG_CONFIG_HOME", settings.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", settings.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    int rounds = 5;
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == "--rounds")
            rounds = std::max(1, std::atoi(argv[i + 1]));
    }
    std::vector<double> launches, firstPoints;
    for (int round = 1; round <= rounds; ++round) {
        const double launch = launchToInteractive();
        const double firstPoint = startToFirstPoint();
        if (launch < 0 || firstPoint < 0)
            return 1;
        launches.push_back(launch);
        firstPoints.push_back(firstPoint);
        std::printf("round %d: launch to interactive %7.1f ms   Start to first chart point %7.1f ms\n", round, launch,
            firstPoint);
    }
    std::printf("median of %d: launch to interactive %7.1f ms   Start to first chart point %7.1f ms\n", rounds,
        median(launches), median(firstPoints));
    return 0;
}
