#include "ProjectionPage.h"

#include "analysis/AnalysisExport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace nw {

ProjectionPage::ProjectionPage(QWidget* parent)
    : QWidget(parent)
    , m_node(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_caption(new QLabel(this))
    , m_scatter(new ProjectionScatter(this))
{
    m_node->setObjectName(QStringLiteral("projectionNode"));
    m_node->setToolTip(tr("The layer whose outputs are projected."));
    m_refresh->setToolTip(tr("Project the layer again with the current weights."));
    m_caption->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Layer:"), this));
    header->addWidget(m_node, 1);
    header->addWidget(m_refresh);
    header->addWidget(
        makeExportButton(this, m_scatter, QStringLiteral("projection"), [this] { return m_scatter->csv(); }));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_caption);
    layout->addWidget(m_scatter, 1);
    connect(m_node, &QComboBox::currentIndexChanged, this, [this] {
        if (!node().isEmpty())
            Q_EMIT projectionRequested(node());
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (!node().isEmpty())
            Q_EMIT projectionRequested(node());
    });
    connect(m_scatter, &ProjectionScatter::pointActivated, this, &ProjectionPage::pointActivated);
    setMessage(
        tr("Where the test samples lie in a hidden layer's space: each cluster is what the layer groups together."));
}

void ProjectionPage::setNodes(const QStringList& nodes, const QString& preferred)
{
    const QString current = node();
    {
        const QSignalBlocker block(m_node);
        m_node->clear();
        for (const QString& n : nodes)
            m_node->addItem(n, n);
        int at = m_node->findData(current);
        if (at < 0)
            at = m_node->findData(preferred);
        m_node->setCurrentIndex(at >= 0 ? at : m_node->count() - 1);
    }
}

QString ProjectionPage::node() const
{
    return m_node->currentData().toString();
}

void ProjectionPage::setNode(const QString& node)
{
    const int at = m_node->findData(node);
    if (at >= 0)
        m_node->setCurrentIndex(at);
}

void ProjectionPage::setBusy(const QString& message)
{
    m_caption->setText(message);
}

void ProjectionPage::setPoints(ProjectionScatter::Points points, const QString& caption)
{
    m_scatter->setPoints(std::move(points));
    m_caption->setText(caption);
}

void ProjectionPage::setMessage(const QString& message)
{
    m_scatter->clear();
    m_caption->setText(message);
}

} // namespace nw
