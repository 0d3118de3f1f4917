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

namespace {
void present(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}
} // namespace

void HelpMenu::showLayerReference()
{
    if (!m_reference)
        m_reference = new LayerReferenceDialog(m_window);
    present(m_reference);
}

void HelpMenu::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new KeyboardShortcutsDialog(m_menuBar, m_window);
    present(m_shortcuts);
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About Netwright"),
        tr("<h3>Netwright %1</h3><p>A workbench for building, training and inspecting neural networks.</p>"
            "<p>Built with Qt %2 and Eigen.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace nw
