#include "ExplanationView.h"

#include "FeatureContributionBars.h"
#include "MapOverlayView.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nw {

ExplanationView::ExplanationView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_overlay(new MapOverlayView(this))
    , m_bars(new FeatureContributionBars(this))
    , m_caption(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setAlignment(Qt::AlignHCenter);
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_caption->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_overlay);
    m_stack->addWidget(m_bars);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_caption);
}

void ExplanationView::setSample(const QImage& image, const QStringList& featureNames)
{
    m_imageSample = !image.isNull();
    m_featureNames = featureNames;
    m_overlay->setSample(image);
    m_stack->setCurrentWidget(m_imageSample ? static_cast<QWidget*>(m_overlay) : m_bars);
}

QStringList ExplanationView::barNames(const Explanation& explanation) const
{
    if (!explanation.featureNames.empty()) {
        QStringList names;
        for (const std::string& name : explanation.featureNames)
            names.append(QString::fromStdString(name));
        return names;
    }
    return m_featureNames;
}

std::vector<float> ExplanationView::barValues(const Explanation& explanation) const
{
    if (!explanation.featureValues.empty())
        return explanation.featureValues;
    return std::vector<float>(explanation.map.data(), explanation.map.data() + explanation.map.size());
}

void ExplanationView::setExplanation(const Explanation& explanation, const QString& title, const QString& caption)
{
    m_explanation = explanation;
    m_hasExplanation = true;
    m_title->setText(title);
    m_caption->setText(caption);
    m_stack->setEnabled(true);
    if (m_imageSample) {
        m_overlay->setMap(mapPlane(explanation.map), explanation.signedMap);
        m_stack->setCurrentWidget(m_overlay);
    } else {
        m_bars->setContributions(barNames(explanation), barValues(explanation));
        m_stack->setCurrentWidget(m_bars);
    }
}

void ExplanationView::setMessage(const QString& title, const QString& message, bool keepMap)
{
    m_title->setText(title);
    m_caption->setText(message);
    if (keepMap && m_hasExplanation) {
        m_stack->setEnabled(false); // dimmed until the new map arrives
        return;
    }
    m_hasExplanation = false;
    m_explanation = {};
    m_overlay->clearMap();
    m_bars->clear();
    m_stack->setEnabled(true);
}

void ExplanationView::setOpacity(float opacity)
{
    m_overlay->setOpacity(opacity);
}

QString ExplanationView::title() const
{
    return m_title->text();
}

QString ExplanationView::caption() const
{
    return m_caption->text();
}

QString ExplanationView::csv() const
{
    if (!m_hasExplanation)
        return {};
    QString text;
    if (m_imageSample) {
        const MapPlane plane = mapPlane(m_explanation.map);
        text = QStringLiteral("row,column,value\n");
        for (int y = 0; y < plane.height; ++y)
            for (int x = 0; x < plane.width; ++x)
                text += QStringLiteral("%1,%2,%3\n")
                            .arg(y)
                            .arg(x)
                            .arg(static_cast<double>(plane.values[static_cast<std::size_t>(y * plane.width + x)]), 0,
                                'g', 7);
        return text;
    }
    const QStringList names = barNames(m_explanation);
    const std::vector<float> values = barValues(m_explanation);
    text = QStringLiteral("feature,value\n");
    for (std::size_t i = 0; i < values.size(); ++i) {
        QString name = static_cast<int>(i) < names.size() ? names[static_cast<int>(i)] : QString::number(i);
        text += QStringLiteral("\"%1\",%2\n")
                    .arg(name.replace(QLatin1Char('"'), QLatin1String("\"\"")))
                    .arg(static_cast<double>(values[i]), 0, 'g', 7);
    }
    return text;
}

} // namespace nw
