#include "AutosaveRestorePrompt.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace nw {

bool AutosaveRestorePrompt::ask(QWidget* parent, const AutosaveManager::Recovery& recovery)
{
    const QString what = recovery.originalPath.isEmpty()
        ? (recovery.name.isEmpty() ? tr("an untitled project") : tr("the untitled project “%1”").arg(recovery.name))
        : QDir::toNativeSeparators(recovery.originalPath);
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved work"),
        tr("Netwright did not close properly. Restore the unsaved changes to %1 from %2?")
            .arg(what, QLocale().toString(recovery.saved, QLocale::ShortFormat)),
        QMessageBox::NoButton, parent);
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

} // namespace nw
