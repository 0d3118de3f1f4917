#pragma once
// The Explain dock's first page: the sample, up to four methods' maps side by side
// (ExplanationView), the method and parameter choices (ExplainMethodForm), the
// overlay's opacity, the class probabilities, and PNG/SVG/CSV export. A pure view:
// it says requestChanged() (after edits settle) and ExplainController answers with
// setExplanation() or setFailure() per method.
#include "explain/Explanation.h"
#include "ExplainSubject.h"

#include <QTimer>
#include <QWidget>

#include <vector>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QSlider;

namespace nw {

class ExplainMethodForm;
class ExplanationView;
class ProbabilityBars;

class AttributionPage : public QWidget {
    Q_OBJECT
public:
    // Edits within this long become one request (a spin box held down).
    static constexpr int kSettleMs = 150;

    explicit AttributionPage(QWidget* parent = nullptr);

    ExplainMethodForm* form() const { return m_form; }
    // One view per ticked method, in the form's order.
    const std::vector<ExplanationView*>& views() const { return m_views; }
    ExplanationView* view(ExplainMethod method) const;
    ProbabilityBars* bars() const { return m_bars; }
    QSlider* opacitySlider() const { return m_opacity; }
    QLabel* status() const { return m_status; }
    const ExplainSubject& subject() const { return m_subject; }

    void setSubject(const ExplainSubject& subject);
    void clearSubject(const QString& message);
    // Every view shows that its map is being computed (the last one dimmed).
    void setComputing();
    void setExplanation(ExplainMethod method, const Explanation& explanation);
    void setFailure(ExplainMethod method, const QString& message);
    void setStatus(const QString& text);

    // One block per method: "method,row,column,value" or "method,feature,value".
    QString csv() const;

Q_SIGNALS:
    void requestChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildViews();
    void relayoutViews();
    QString caption(const Explanation& explanation) const;

    ExplainMethodForm* m_form;
    QLabel* m_title;
    QBoxLayout* m_body;
    QWidget* m_left = nullptr; // the form and the opacity
    QGridLayout* m_grid;
    std::vector<ExplanationView*> m_views;
    std::vector<ExplainMethod> m_viewMethods;
    QSlider* m_opacity;
    QWidget* m_opacityRow;
    QLabel* m_status;
    ProbabilityBars* m_bars;
    ExplainSubject m_subject;
    QTimer m_settle;
    int m_columns = 0;
};

} // namespace nw
