#include "FeatureMapsPage.h"

#include "analysis/AnalysisExport.h"
#include "engine/Tensor.h"
#include "FeatureMapGrid.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace nw {

FeatureMapsPage::FeatureMapsPage(QWidget* parent)
    : QWidget(parent)
    , m_node(new QComboBox(this))
    , m_grid(new FeatureMapGrid)
    , m_caption(new QLabel(this))
{
    m_node->setObjectName(QStringLiteral("featureMapNode"));
    m_node->setToolTip(tr("The layer whose output is shown."));
    m_caption->setWordWrap(true);
    m_grid->setTileSize(72);
    m_grid->setMaxTiles(128);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Layer:"), this));
    header->addWidget(m_node, 1);
    header->addWidget(makeExportButton(this, m_grid, QStringLiteral("feature-maps"), [this] { return m_grid->csv(); }));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_caption);
    layout->addWidget(scroll, 1);
    connect(m_node, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT nodeChanged(node()); });
    setMessage(tr("Open a sample to see what each layer makes of it."));
}

void FeatureMapsPage::setNodes(const QStringList& nodes, const QStringList& shapes, const QString& preferred)
{
    const QString current = node();
    {
        const QSignalBlocker block(m_node);
        m_node->clear();
        for (int i = 0; i < nodes.size(); ++i)
            m_node->addItem(
                i < shapes.size() ? QStringLiteral("%1  (%2)").arg(nodes[i], shapes[i]) : nodes[i], nodes[i]);
        int at = m_node->findData(current);
        if (at < 0)
            at = m_node->findData(preferred);
        m_node->setCurrentIndex(at >= 0 ? at : 0);
    }
    if (node() != current)
        Q_EMIT nodeChanged(node());
}

QString FeatureMapsPage::node() const
{
    return m_node->currentData().toString();
}

void FeatureMapsPage::setNode(const QString& node)
{
    const int at = m_node->findData(node);
    if (at >= 0)
        m_node->setCurrentIndex(at);
}

void FeatureMapsPage::setActivations(const QString& node, const Tensor& activations, const QString& sampleTitle)
{
    m_grid->setActivations(activations);
    QString text;
    if (activations.rank() == 3)
        text = tr("%1 for %2: %n channels of %3×%4, one colour scale for all.", nullptr, activations.dim(0))
                   .arg(node, sampleTitle)
                   .arg(activations.dim(1))
                   .arg(activations.dim(2));
    else
        text = tr("%1 for %2: %n values.", nullptr, static_cast<int>(activations.size())).arg(node, sampleTitle);
    if (m_grid->channelCount() > m_grid->tileCount() && activations.rank() == 3)
        text += QLatin1Char(' ') + tr("The first %1 are shown.").arg(m_grid->tileCount());
    m_caption->setText(text);
}

void FeatureMapsPage::setMessage(const QString& message)
{
    m_grid->clear();
    m_caption->setText(message);
}

} // namespace nw
