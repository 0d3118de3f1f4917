#include "HelpMenu.h"

#include "KeyboardShortcutsDialog.h"
#include "LayerReferenceDialog.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace nw {

HelpMenu::HelpMenu(QMenuBar* menuBar, QWidget* window)
    : QObject(window)
    , m_menuBar(menuBar)
    , m_window(window)
{
    QMenu* menu = menuBar->addMenu(tr("&Help"));
    QAction* reference = menu->addAction(tr("&Layer Reference"), this, &HelpMenu::showLayerReference);
    reference->setShortcut(QKeySequence::HelpContents);
    reference->setObjectName(QStringLiteral("actionLayerReference"));
    menu->addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts)
        ->setObjectName(QStringLiteral("actionShortcuts"));
    menu->addSeparator();
    QAction* about = menu->addAction(tr("&About Netwright"), this, &HelpMenu::showAbout);
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void HelpMenu::present(QPointer<QDialog>& slot, QDialog* (HelpMenu::*make)())
{
    if (!slot) {
        slot = (this->*make)();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
}

QDialog* HelpMenu::makeLayerReference()
{
    return new LayerReferenceDialog(m_window);
}

QDialog* HelpMenu::makeShortcuts()
{
    return new KeyboardShortcutsDialog(m_menuBar, m_window);
}

void HelpMenu::showLayerReference()
{
    present(m_reference, &HelpMenu::makeLayerReference);
}

void HelpMenu::showShortcuts()
{
    present(m_shortcuts, &HelpMenu::makeShortcuts);
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About Netwright"),
        tr("<h3>Netwright %1</h3><p>A workbench for building, training and inspecting neural networks.</p>"
            "<p>Built with Qt %2 and Eigen.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace nw
