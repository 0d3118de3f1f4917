#include "AttentionPage.h"

#include "MatrixHeatmap.h"

#include "explain/AttentionMaps.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace nw {

namespace {

// Side of a map: large for one layer's heads, small for the small multiples.
constexpr int kHeadSide = 240;
constexpr int kSmallSide = 150;
constexpr int kRolloutSide = 420;

std::vector<float> plane(const Tensor& weights, int head)
{
    const int t = weights.dim(1);
    const std::size_t size = static_cast<std::size_t>(t) * static_cast<std::size_t>(t);
    const float* first = weights.data() + static_cast<std::size_t>(head) * size;
    return std::vector<float>(first, first + size);
}

} // namespace

AttentionPage::AttentionPage(QWidget* parent)
    : QWidget(parent)
    , m_nodeBox(new QComboBox(this))
    , m_modeBox(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_message(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_gridHost(new QWidget)
    , m_grid(new QGridLayout(m_gridHost))
    , m_hover(new QLabel(this))
{
    m_nodeBox->setObjectName(QStringLiteral("attentionNode"));
    m_nodeBox->setToolTip(tr("The MultiHeadAttention layer whose heads are shown"));
    m_modeBox->setObjectName(QStringLiteral("attentionMode"));
    m_modeBox->addItem(tr("Heads of this layer"), int(Mode::Heads));
    m_modeBox->addItem(tr("All layers and heads"), int(Mode::AllLayers));
    m_modeBox->addItem(tr("Rollout across layers"), int(Mode::Rollout));
    m_modeBox->setToolTip(tr("Rollout (Abnar and Zuidema 2020) multiplies the layers' head-averaged attention, "
                             "each mixed half and half with the residual connection: how much each input token "
                             "reaches each position at the top."));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Layer:"), this));
    controls->addWidget(m_nodeBox, 1);
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_modeBox, 1);

    // One line, elided by the layout: a live run changes it several times a second,
    // and a wrapping label would ask the whole window to lay out again each time.
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(QStringLiteral("attentionMessage"));
    m_grid->setSpacing(6);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(m_gridHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_hover->setText(tr("Rows are queries, columns keys: row i shows where token i looks. Hover a cell for its "
                        "weight, click a token to highlight its row."));
    m_hover->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_caption);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_hover);

    connect(m_nodeBox, &QComboBox::currentIndexChanged, this, &AttentionPage::rebuild);
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this] {
        m_nodeBox->setEnabled(mode() == Mode::Heads);
        rebuild();
    });
    showMessage(tr("Open a sample of a network with MultiHeadAttention layers to see where each head looks."));
}

AttentionPage::Mode AttentionPage::mode() const
{
    return static_cast<Mode>(m_modeBox->currentData().toInt());
}

void AttentionPage::setMode(Mode mode)
{
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
}

QString AttentionPage::node() const
{
    return m_nodeBox->currentText();
}

void AttentionPage::setNode(const QString& node)
{
    const int index = m_nodeBox->findText(node);
    if (index >= 0)
        m_nodeBox->setCurrentIndex(index);
}

QString AttentionPage::hoverText() const
{
    return m_hover->text();
}

QString AttentionPage::message() const
{
    return m_message->isVisible() || m_scroll->isHidden() ? m_message->text() : QString();
}

void AttentionPage::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->show();
    m_scroll->hide();
    m_caption->clear();
}

void AttentionPage::setMessage(const QString& message)
{
    m_trace.reset();
    showMessage(message);
}

void AttentionPage::setTrace(std::shared_ptr<const SequenceTrace> trace, const QStringList& tokens, const QString& caption)
{
    m_trace = std::move(trace);
    m_tokens = tokens;
    m_caption->setText(caption);
    QStringList nodes;
    if (m_trace)
        for (const std::string& id : m_trace->attentionNodes)
            nodes.append(QString::fromStdString(id));
    QStringList shown;
    for (int i = 0; i < m_nodeBox->count(); ++i)
        shown.append(m_nodeBox->itemText(i));
    if (nodes != shown) {
        const QString current = node();
        const QSignalBlocker block(m_nodeBox);
        m_nodeBox->clear();
        m_nodeBox->addItems(nodes);
        const int keep = m_nodeBox->findText(current);
        m_nodeBox->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    rebuild();
}

MatrixHeatmap* AttentionPage::tile(int index)
{
    while (m_maps.size() <= index) {
        auto* map = new MatrixHeatmap(m_gridHost);
        map->setAxisNames(tr("query"), tr("key"));
        connect(map, &MatrixHeatmap::hovered, this, [this](int, int, float, const QString& text) { m_hover->setText(text); });
        connect(map, &MatrixHeatmap::tokenClicked, this, [this](int row) { highlightToken(row == m_highlighted ? -1 : row); });
        m_maps.append(map);
    }
    return m_maps[index];
}

int AttentionPage::headColumns() const
{
    // As many large maps side by side as the dock's width takes, at least one.
    const int width = this->width() - 30; // the layout margins and a scroll bar
    return std::clamp(width / (kHeadSide + m_grid->spacing()), 1, 4);
}

void AttentionPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (mode() == Mode::Heads && m_trace && headColumns() != m_headColumns)
        rebuild();
}

void AttentionPage::rebuild()
{
    m_headColumns = headColumns();
    m_rollout = {};
    if (!m_trace || m_trace->attention.empty()) {
        showMessage(m_trace ? tr("This network has no MultiHeadAttention layer.")
                            : tr("Open a sample of a network with MultiHeadAttention layers to see where each head looks."));
        return;
    }
    struct Map {
        const Tensor* weights;
        int head;
        QString title;
        int row;
        int column;
    };
    const auto& layers = m_trace->attention;
    const int layerIndex = std::max(0, m_nodeBox->currentIndex());
    std::vector<Map> maps;
    int side = kHeadSide;
    switch (mode()) {
    case Mode::Heads: {
        const Tensor& w = layers[static_cast<std::size_t>(std::min<int>(layerIndex, int(layers.size()) - 1))];
        for (int h = 0; h < w.dim(0); ++h)
            maps.push_back({ &w, h, tr("Head %1").arg(h + 1), h / headColumns(), h % headColumns() });
        break;
    }
    case Mode::AllLayers:
        for (std::size_t l = 0; l < layers.size(); ++l) {
            for (int h = 0; h < layers[l].dim(0); ++h)
                maps.push_back({ &layers[l], h,
                    tr("%1 · head %2").arg(QString::fromStdString(m_trace->attentionNodes[l])).arg(h + 1), int(l), h });
        }
        side = kSmallSide;
        break;
    case Mode::Rollout:
        try {
            m_rollout = attentionRollout(layers);
        } catch (const std::exception& e) {
            showMessage(QString::fromStdString(e.what()));
            return;
        }
        maps.push_back({ &m_rollout, -1, layers.size() == 1 ? tr("Rollout of the only attention layer")
                                                       : tr("Rollout over %1 layers").arg(layers.size()), 0, 0 });
        side = kRolloutSide;
        break;
    }
    m_message->hide();
    m_scroll->show();

    // Tiles are kept between traces (a live run sends several a second): only
    // their data changes, unless the arrangement does.
    while (m_maps.size() > int(maps.size()))
        delete m_maps.takeLast();
    for (int i = 0; i < int(maps.size()); ++i) {
        const Map& m = maps[static_cast<std::size_t>(i)];
        MatrixHeatmap* map = tile(i);
        const int t = m.weights->dim(m.head < 0 ? 0 : 1);
        map->setMatrix(t, t, m.head < 0 ? std::vector<float>(m.weights->data(), m.weights->data() + m.weights->size())
                                         : plane(*m.weights, m.head),
            MatrixHeatmap::Scale::Sequential);
        QStringList labels = m_tokens.mid(0, t);
        while (labels.size() < t)
            labels.append(QString::number(labels.size()));
        map->setLabels(labels, labels);
        map->setTitle(m.title);
        map->setHighlightedRow(m_highlighted);
        map->setMinimumSize(side, side);
        const int row = m.row;
        const int column = m.column;
        if (m_grid->indexOf(map) < 0 || [&] {
                int r, c, rs, cs;
                m_grid->getItemPosition(m_grid->indexOf(map), &r, &c, &rs, &cs);
                return r != row || c != column;
            }()) {
            m_grid->removeWidget(map);
            m_grid->addWidget(map, row, column);
        }
        map->show();
    }
}

void AttentionPage::highlightToken(int token)
{
    m_highlighted = token;
    for (MatrixHeatmap* map : m_maps)
        map->setHighlightedRow(token);
    if (token >= 0 && token < m_tokens.size())
        m_hover->setText(tr("Token %1 “%2”: its row shows where it looks.").arg(token + 1).arg(m_tokens[token]));
    Q_EMIT tokenHighlighted(token);
}

} // namespace nw
