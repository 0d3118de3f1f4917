#include "KeyboardShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nw {

namespace {

void addMenu(QTreeWidget* tree, const QMenu* menu)
{
    QTreeWidgetItem* group = nullptr;
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            addMenu(tree, action->menu());
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        if (!group) {
            group = new QTreeWidgetItem(tree, { QString(menu->title()).remove(QLatin1Char('&')) });
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group,
            { action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                action->shortcut().toString(QKeySequence::NativeText) });
    }
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QMenuBar* menuBar, QWidget* parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    m_tree->setHeaderLabels({ tr("Command"), tr("Shortcut") });
    m_tree->setRootIsDecorated(false);
    for (const QAction* action : menuBar->actions())
        if (action->menu())
            addMenu(m_tree, action->menu());
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 560);
}

} // namespace nw
