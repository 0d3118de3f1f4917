#pragma once
// One method's explanation of one sample: its title, the map over the sample
// (MapOverlayView) for image inputs or feature contributions as bars
// (FeatureContributionBars) for tabular ones, and a caption with what the method
// reports beside the map (the class explained, IG's completeness gap, LIME's fit).
// While the map is being computed, or when it cannot be, a sentence says so.
// A pure view: the page gives it the sample and the Explanation.
#include "explain/Explanation.h"

#include <QImage>
#include <QStringList>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace nw {

class FeatureContributionBars;
class MapOverlayView;

class ExplanationView : public QWidget {
    Q_OBJECT
public:
    explicit ExplanationView(QWidget* parent = nullptr);

    // An image sample (`image` not null) or a tabular one with these feature names.
    void setSample(const QImage& image, const QStringList& featureNames);
    void setExplanation(const Explanation& explanation, const QString& title, const QString& caption);
    // No map: `message` instead (computing, or why the method does not apply). The
    // last map stays on show, dimmed, while a new one is computed (`keepMap`).
    void setMessage(const QString& title, const QString& message, bool keepMap = false);
    void setOpacity(float opacity);

    bool hasExplanation() const { return m_hasExplanation; }
    const Explanation& explanation() const { return m_explanation; }
    QString title() const;
    QString caption() const;
    MapOverlayView* overlay() const { return m_overlay; }
    FeatureContributionBars* bars() const { return m_bars; }

    // The values behind the picture: "row,column,value" for maps, "feature,value" for bars.
    QString csv() const;

private:
    QStringList barNames(const Explanation& explanation) const;
    std::vector<float> barValues(const Explanation& explanation) const;

    QLabel* m_title;
    QStackedWidget* m_stack;
    MapOverlayView* m_overlay;
    FeatureContributionBars* m_bars;
    QLabel* m_caption;
    bool m_imageSample = false;
    QStringList m_featureNames;
    Explanation m_explanation;
    bool m_hasExplanation = false;
};

} // namespace nw
