#include "RecurrentPage.h"

#include "MatrixHeatmap.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace nw {

namespace {

constexpr int kMapHeight = 240;

// Units as rows, steps as columns: the transpose of a [T, rows] tensor.
std::vector<float> unitsBySteps(const Tensor& steps, int rows)
{
    const int t = steps.dim(0);
    const int width = steps.dim(1);
    std::vector<float> out(static_cast<std::size_t>(rows) * static_cast<std::size_t>(t));
    for (int r = 0; r < rows; ++r) {
        for (int s = 0; s < t; ++s)
            out[static_cast<std::size_t>(r) * t + s] = steps[static_cast<std::size_t>(s) * width + r];
    }
    return out;
}

bool isTanhGate(const std::string& type, const std::string& gate)
{
    return (type == "LSTM" && gate == "g") || (type == "GRU" && gate == "n");
}

} // namespace

QString gateTitle(const std::string& layerType, const std::string& gate)
{
    if (layerType == "LSTM") {
        if (gate == "i")
            return RecurrentPage::tr("Input gate i");
        if (gate == "f")
            return RecurrentPage::tr("Forget gate f");
        if (gate == "g")
            return RecurrentPage::tr("Cell candidate g");
        if (gate == "o")
            return RecurrentPage::tr("Output gate o");
    } else if (layerType == "GRU") {
        if (gate == "r")
            return RecurrentPage::tr("Reset gate r");
        if (gate == "z")
            return RecurrentPage::tr("Update gate z");
        if (gate == "n")
            return RecurrentPage::tr("Candidate n");
    }
    return QString::fromStdString(gate);
}

RecurrentPage::RecurrentPage(QWidget* parent)
    : QWidget(parent)
    , m_nodeBox(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_message(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_host(new QWidget)
    , m_column(new QVBoxLayout(m_host))
    , m_hover(new QLabel(this))
{
    m_nodeBox->setObjectName(QStringLiteral("recurrentNode"));
    m_nodeBox->setToolTip(tr("The recurrent layer whose states are shown"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Layer:"), this));
    controls->addWidget(m_nodeBox, 1);
    // One line, elided by the layout: a live run changes it several times a second,
    // and a wrapping label would ask the whole window to lay out again each time.
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(m_host);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_hover->setWordWrap(true);
    m_hover->setText(tr("Rows are units, columns the sample's steps: blue below zero, red above. Hover a cell for its value."));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_caption);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_hover);
    connect(m_nodeBox, &QComboBox::currentIndexChanged, this, &RecurrentPage::rebuild);
    showMessage(tr("Open a sample of a network with SimpleRNN, LSTM or GRU layers to see its states step by step."));
}

QString RecurrentPage::node() const
{
    return m_nodeBox->currentText();
}

void RecurrentPage::setNode(const QString& node)
{
    const int index = m_nodeBox->findText(node);
    if (index >= 0)
        m_nodeBox->setCurrentIndex(index);
}

QString RecurrentPage::hoverText() const
{
    return m_hover->text();
}

QString RecurrentPage::message() const
{
    return m_scroll->isHidden() ? m_message->text() : QString();
}

void RecurrentPage::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->show();
    m_scroll->hide();
    m_caption->clear();
}

void RecurrentPage::setMessage(const QString& message)
{
    m_trace.reset();
    showMessage(message);
}

void RecurrentPage::setTrace(std::shared_ptr<const SequenceTrace> trace, const QStringList& tokens, const QString& caption)
{
    m_trace = std::move(trace);
    m_tokens = tokens;
    m_caption->setText(caption);
    QStringList nodes;
    if (m_trace)
        for (const RecurrentTrace& r : m_trace->recurrent)
            nodes.append(QString::fromStdString(r.node));
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

MatrixHeatmap* RecurrentPage::tile(int index)
{
    while (m_maps.size() <= index) {
        auto* map = new MatrixHeatmap(m_host);
        map->setAxisNames(tr("unit"), tr("step"));
        map->setMinimumHeight(kMapHeight);
        connect(map, &MatrixHeatmap::hovered, this, [this](int, int, float, const QString& text) { m_hover->setText(text); });
        m_column->addWidget(map);
        m_maps.append(map);
    }
    return m_maps[index];
}

void RecurrentPage::rebuild()
{
    if (!m_trace || m_trace->recurrent.empty()) {
        showMessage(m_trace ? tr("This network has no recurrent layer.")
                            : tr("Open a sample of a network with SimpleRNN, LSTM or GRU layers to see its states step by step."));
        return;
    }
    const int index = std::clamp(m_nodeBox->currentIndex(), 0, int(m_trace->recurrent.size()) - 1);
    const RecurrentTrace& r = m_trace->recurrent[static_cast<std::size_t>(index)];
    const int steps = r.hidden.dim(0);
    const int units = r.units * r.directions;
    QStringList unitLabels;
    for (int d = 0; d < r.directions; ++d)
        for (int u = 0; u < r.units; ++u)
            unitLabels.append(r.directions == 1 ? QStringLiteral("h%1").arg(u + 1)
                                                : (d == 0 ? QStringLiteral("→%1") : QStringLiteral("←%1")).arg(u + 1));
    QStringList stepLabels = m_tokens.mid(0, steps);
    while (stepLabels.size() < steps)
        stepLabels.append(QString::number(stepLabels.size() + 1));
    m_message->hide();
    m_scroll->show();

    const int gates = static_cast<int>(r.gateNames.size());
    while (m_maps.size() > 1 + gates)
        delete m_maps.takeLast();
    MatrixHeatmap* hidden = tile(0);
    hidden->setMatrix(units, steps, unitsBySteps(r.hidden, units), MatrixHeatmap::Scale::Diverging, 1.0f);
    hidden->setLabels(unitLabels, stepLabels);
    hidden->setTitle(tr("Hidden state h of %1 (%2): units x steps")
                         .arg(QString::fromStdString(r.node), QString::fromStdString(r.type)));
    for (int g = 0; g < gates; ++g) {
        // Gates are packed per direction: [d][gate][unit]; rows follow the hidden map's order.
        std::vector<float> values(static_cast<std::size_t>(units) * static_cast<std::size_t>(steps));
        const int width = r.gates.dim(1);
        for (int d = 0; d < r.directions; ++d)
            for (int u = 0; u < r.units; ++u) {
                const int column = (d * gates + g) * r.units + u;
                const int row = d * r.units + u;
                for (int s = 0; s < steps; ++s)
                    values[static_cast<std::size_t>(row) * steps + s] = r.gates[static_cast<std::size_t>(s) * width + column];
            }
        const std::string& name = r.gateNames[static_cast<std::size_t>(g)];
        MatrixHeatmap* map = tile(1 + g);
        const bool tanhGate = isTanhGate(r.type, name);
        map->setMatrix(units, steps, std::move(values),
            tanhGate ? MatrixHeatmap::Scale::Diverging : MatrixHeatmap::Scale::Sequential, 1.0f);
        map->setLabels(unitLabels, stepLabels);
        map->setTitle(gateTitle(r.type, name));
    }
}

} // namespace nw
