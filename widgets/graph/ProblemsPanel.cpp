#include "ProblemsPanel.h"

#include "GraphScene.h"

#include "model/NetworkDocument.h"

#include <QApplication>
#include <QStyle>

namespace nw {

ProblemsPanel::ProblemsPanel(QWidget* parent)
    : QListWidget(parent)
{
    setWordWrap(true);
    setAlternatingRowColors(true);
    setUniformItemSizes(false);
    connect(this, &QListWidget::itemClicked, this, &ProblemsPanel::activate);
    connect(this, &QListWidget::itemActivated, this, &ProblemsPanel::activate);
    refresh();
}

void ProblemsPanel::setGraphScene(GraphScene* scene)
{
    disconnect(m_compiled);
    m_scene = scene;
    if (scene)
        m_compiled = connect(scene->document(), &NetworkDocument::compiled, this, &ProblemsPanel::refresh);
    refresh();
}

void ProblemsPanel::refresh()
{
    clear();
    int count = 0;
    if (m_scene) {
        const CompileResult& result = m_scene->document()->compileResult();
        const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        for (const QString& message : result.graphMessages) {
            auto* item = new QListWidgetItem(icon, message, this);
            item->setData(NodeIdRole, QString());
            ++count;
        }
        for (const QString& id : result.nodeOrder) {
            const auto status = result.nodes.constFind(id);
            if (status == result.nodes.cend())
                continue;
            for (const QString& message : status->messages) {
                auto* item = new QListWidgetItem(icon, message, this);
                item->setData(NodeIdRole, id);
                item->setToolTip(tr("Click to show '%1' in the editor").arg(id));
                ++count;
            }
        }
    }
    if (count == 0) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
            m_scene ? tr("No problems: every shape fits.") : tr("No network open."), this);
        item->setFlags(Qt::ItemIsEnabled);
    }
    if (count != m_problemCount) {
        m_problemCount = count;
        Q_EMIT problemCountChanged(count);
    }
}

void ProblemsPanel::activate(QListWidgetItem* item)
{
    const QString id = item ? item->data(NodeIdRole).toString() : QString();
    if (id.isEmpty() || !m_scene)
        return;
    m_scene->focusNode(id);
    Q_EMIT nodeActivated(id);
}

} // namespace nw
