#include "GuiTestSupport.h"

#include "AutosaveManager.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace nw::test {

QString examplePath(const QString& name)
{
    return QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/%1.nwproj").arg(name);
}

void answerNextMessageBox(std::function<QAbstractButton*(QMessageBox*)> choose, QString* seen)
{
    // Polls, because the box opens inside a nested event loop we cannot hook.
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, choose, seen] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > 300) {
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        if (seen)
            *seen = box->text();
        // Stopped now: deleteLater() waits for the outer event loop, and a live timer
        // would answer the next test's box with this test's choice.
        timer->stop();
        timer->deleteLater();
        if (QAbstractButton* button = choose(box))
            button->click();
        else
            box->reject();
    });
    timer->start(10);
}

void isolateAutosave(MainWindow& window, const QString& autosaveDir)
{
    window.autosave()->setDirectory(autosaveDir);
}

QString screenshotPath(const QString& name)
{
    const QString dir = qEnvironmentVariableIntValue("NETWRIGHT_UPDATE_SCREENSHOTS")
        ? QStringLiteral(NETWRIGHT_SOURCE_DIR "/docs/screenshots")
        : QStringLiteral(NETWRIGHT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

FirstStartLayout::FirstStartLayout()
{
    QSettings().remove(QStringLiteral("mainWindow"));
}

} // namespace nw::test
