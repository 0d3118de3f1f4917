#include "DrawPage.h"

#include "analysis/AnalysisExport.h"
#include "analysis/ProbabilityBars.h"
#include "DrawPad.h"
#include "ExplainTexts.h"
#include "ExplanationView.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace nw {

namespace {
constexpr int kPadSide = 320;
} // namespace

DrawPage::DrawPage(QWidget* parent)
    : QWidget(parent)
    , m_pad(new DrawPad(this))
    , m_brush(new QToolButton(this))
    , m_eraser(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_size(new QSlider(Qt::Horizontal, this))
    , m_normalise(new QCheckBox(tr("Centre and scale like the training images"), this))
    , m_method(new QComboBox(this))
    , m_saliency(new ExplanationView(this))
    , m_bars(new ProbabilityBars(this))
    , m_message(new QLabel(this))
    , m_timing(new QLabel(this))
    , m_body(new QWidget(this))
{
    m_brush->setText(tr("Brush"));
    m_brush->setCheckable(true);
    m_brush->setChecked(true);
    m_eraser->setText(tr("Eraser"));
    m_eraser->setCheckable(true);
    m_eraser->setToolTip(tr("Rub out (the right mouse button does too)."));
    auto* tools = new QButtonGroup(this);
    tools->addButton(m_brush);
    tools->addButton(m_eraser);
    m_clear->setText(tr("Clear"));
    m_size->setRange(5, 60); // tenths of an input pixel
    m_size->setValue(22);
    m_size->setToolTip(tr("Brush size"));
    m_normalise->setChecked(true);
    m_normalise->setToolTip(tr("Crop the drawing to its ink, scale it to the size the training images' ink has and "
                               "move it to where their centre of mass is."));
    for (ExplainMethod method : { ExplainMethod::Gradient, ExplainMethod::GradientXInput, ExplainMethod::SmoothGrad,
             ExplainMethod::IntegratedGradients })
        m_method->addItem(ExplainTexts::methodTitle(method), static_cast<int>(method));
    m_method->setObjectName(QStringLiteral("drawMethod"));
    m_message->setWordWrap(true);
    m_saliency->setObjectName(QStringLiteral("drawSaliency"));

    auto* toolRow = new QHBoxLayout;
    toolRow->addWidget(m_brush);
    toolRow->addWidget(m_eraser);
    toolRow->addWidget(m_size, 1);
    toolRow->addWidget(m_clear);
    m_pad->setMaximumSize(kPadSide, kPadSide);
    m_pad->setMinimumSize(140, 140);
    auto* left = new QVBoxLayout;
    left->addLayout(toolRow);
    left->addWidget(m_pad);
    left->addWidget(m_normalise);
    left->addStretch(1);

    // What PNG and SVG export show: the map of the drawn input and the prediction.
    auto* figure = new QWidget(m_body);
    auto* figureLayout = new QHBoxLayout(figure);
    figureLayout->setContentsMargins(0, 0, 0, 0);
    m_saliency->setMaximumWidth(kPadSide - 40);
    figureLayout->addWidget(m_saliency, 1, Qt::AlignTop);
    figureLayout->addWidget(m_bars, 1, Qt::AlignTop);
    auto* right = new QVBoxLayout;
    auto* methodRow = new QHBoxLayout;
    methodRow->addWidget(new QLabel(tr("Map:"), m_body));
    methodRow->addWidget(m_method, 1);
    methodRow->addWidget(makeExportButton(this, figure, QStringLiteral("drawn-input"), [this] { return csv(); }));
    right->addLayout(methodRow);
    right->addWidget(figure);
    right->addWidget(m_timing);
    right->addStretch(1);

    auto* body = new QHBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(left);
    body->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_body, 1);

    connect(m_eraser, &QToolButton::toggled, m_pad, &DrawPad::setEraser);
    connect(m_clear, &QToolButton::clicked, m_pad, &DrawPad::clear);
    connect(m_size, &QSlider::valueChanged, this, [this](int tenths) { m_pad->setBrushSize(tenths / 10.0); });
    m_pad->setBrushSize(m_size->value() / 10.0);
    connect(m_pad, &DrawPad::changed, this, &DrawPage::drawingChanged);
    connect(m_normalise, &QCheckBox::toggled, this, &DrawPage::drawingChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this, &DrawPage::drawingChanged);
    setInput(0, 0, {}, tr("Drawing needs a network whose input is a one-channel image."));
}

void DrawPage::setInput(int height, int width, const QStringList& classNames, const QString& message)
{
    m_available = height > 0 && width > 0;
    m_classNames = classNames;
    m_message->setText(
        m_available ? tr("Draw with the mouse: the prediction and the map follow every stroke.") : message);
    m_body->setEnabled(m_available);
    if (m_available && (height != m_height || width != m_width)) {
        m_height = height;
        m_width = width;
        m_pad->setInputSize(height, width);
        // A pen stroke's width in the training images: about 1.3 px in an 8x8 digit, 2.5 in 28x28.
        m_size->setValue(static_cast<int>(10.0 * (0.8 + 0.06 * std::max(height, width)) + 0.5));
    }
    m_bars->setProbabilities({}, {}, -1, -1);
}

std::vector<float> DrawPage::input() const
{
    std::vector<float> values = m_pad->values();
    if (m_normalise->isChecked())
        values = normaliseInk(values, m_pad->inputHeight(), m_pad->inputWidth(), m_frame);
    return values;
}

ExplainMethod DrawPage::method() const
{
    return static_cast<ExplainMethod>(m_method->currentData().toInt());
}

void DrawPage::drawingChanged()
{
    if (!m_available)
        return;
    m_sinceChange.start();
    Q_EMIT inputChanged();
}

void DrawPage::setResult(const Explanation& explanation)
{
    // The map goes over what the network got, not over the raw strokes.
    const std::vector<float> values = input();
    QImage image(m_width, m_height, QImage::Format_Grayscale8);
    for (int y = 0; y < m_height; ++y)
        for (int x = 0; x < m_width; ++x)
            image.scanLine(y)[x] = static_cast<uchar>(
                std::clamp(values[static_cast<std::size_t>(y * m_width + x)], 0.0f, 1.0f) * 255.0f + 0.5f);
    m_saliency->setSample(image, {});
    const QString target = explanation.target >= 0 && explanation.target < m_classNames.size()
        ? m_classNames[explanation.target]
        : QString::number(explanation.target);
    m_saliency->setExplanation(
        explanation, ExplainTexts::methodTitle(explanation.method), tr("For class %1").arg(target));
    m_probabilities = explanation.probabilities;
    m_bars->setProbabilities(explanation.probabilities, m_classNames, -1, explanation.predicted);
    ++m_answers;
    if (m_sinceChange.isValid()) {
        m_latencyMs = static_cast<double>(m_sinceChange.nsecsElapsed()) / 1e6;
        m_timing->setText(tr("Answered %1 ms after the stroke.").arg(m_latencyMs, 0, 'f', 1));
    }
}

void DrawPage::setFailure(const QString& message)
{
    m_saliency->setMessage(ExplainTexts::methodTitle(method()), message);
}

QString DrawPage::csv() const
{
    QString text = QStringLiteral("class,probability\n");
    for (std::size_t c = 0; c < m_probabilities.size(); ++c) {
        QString name
            = static_cast<int>(c) < m_classNames.size() ? m_classNames[static_cast<int>(c)] : QString::number(c);
        text += QStringLiteral("\"%1\",%2\n")
                    .arg(name.replace(QLatin1Char('"'), QLatin1String("\"\"")))
                    .arg(static_cast<double>(m_probabilities[c]), 0, 'g', 7);
    }
    return text + m_saliency->csv();
}

} // namespace nw
