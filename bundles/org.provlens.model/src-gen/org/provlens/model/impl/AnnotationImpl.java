/**
 */
package org.provlens.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.provlens.model.Annotation;
import org.provlens.model.ProvElement;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Recommendation;
import org.provlens.model.Severity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.impl.AnnotationImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.provlens.model.impl.AnnotationImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.provlens.model.impl.AnnotationImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.provlens.model.impl.AnnotationImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.provlens.model.impl.AnnotationImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.provlens.model.impl.AnnotationImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.provlens.model.impl.AnnotationImpl#getRecommendation <em>Recommendation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationImpl extends ProvElementImpl implements Annotation {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final double TIME_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected double time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.INFO;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<ProvElement> targets;

	/**
	 * The cached value of the '{@link #getRecommendation() <em>Recommendation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendation()
	 * @generated
	 * @ordered
	 */
	protected Recommendation recommendation;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProvlensPackage.Literals.ANNOTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ANNOTATION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ANNOTATION__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(double newTime) {
		double oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ANNOTATION__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ANNOTATION__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeEList<String>(String.class, this, ProvlensPackage.ANNOTATION__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProvElement> getTargets() {
		if (targets == null) {
			targets = new EObjectResolvingEList<ProvElement>(ProvElement.class, this, ProvlensPackage.ANNOTATION__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recommendation getRecommendation() {
		if (recommendation != null && recommendation.eIsProxy()) {
			InternalEObject oldRecommendation = (InternalEObject)recommendation;
			recommendation = (Recommendation)eResolveProxy(oldRecommendation);
			if (recommendation != oldRecommendation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProvlensPackage.ANNOTATION__RECOMMENDATION, oldRecommendation, recommendation));
			}
		}
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Recommendation basicGetRecommendation() {
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommendation(Recommendation newRecommendation) {
		Recommendation oldRecommendation = recommendation;
		recommendation = newRecommendation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ANNOTATION__RECOMMENDATION, oldRecommendation, recommendation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProvlensPackage.ANNOTATION__TEXT:
				return getText();
			case ProvlensPackage.ANNOTATION__AUTHOR:
				return getAuthor();
			case ProvlensPackage.ANNOTATION__TIME:
				return getTime();
			case ProvlensPackage.ANNOTATION__SEVERITY:
				return getSeverity();
			case ProvlensPackage.ANNOTATION__TAGS:
				return getTags();
			case ProvlensPackage.ANNOTATION__TARGETS:
				return getTargets();
			case ProvlensPackage.ANNOTATION__RECOMMENDATION:
				if (resolve) return getRecommendation();
				return basicGetRecommendation();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProvlensPackage.ANNOTATION__TEXT:
				setText((String)newValue);
				return;
			case ProvlensPackage.ANNOTATION__AUTHOR:
				setAuthor((String)newValue);
				return;
			case ProvlensPackage.ANNOTATION__TIME:
				setTime((Double)newValue);
				return;
			case ProvlensPackage.ANNOTATION__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case ProvlensPackage.ANNOTATION__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case ProvlensPackage.ANNOTATION__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends ProvElement>)newValue);
				return;
			case ProvlensPackage.ANNOTATION__RECOMMENDATION:
				setRecommendation((Recommendation)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProvlensPackage.ANNOTATION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ProvlensPackage.ANNOTATION__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case ProvlensPackage.ANNOTATION__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case ProvlensPackage.ANNOTATION__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case ProvlensPackage.ANNOTATION__TAGS:
				getTags().clear();
				return;
			case ProvlensPackage.ANNOTATION__TARGETS:
				getTargets().clear();
				return;
			case ProvlensPackage.ANNOTATION__RECOMMENDATION:
				setRecommendation((Recommendation)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProvlensPackage.ANNOTATION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ProvlensPackage.ANNOTATION__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case ProvlensPackage.ANNOTATION__TIME:
				return time != TIME_EDEFAULT;
			case ProvlensPackage.ANNOTATION__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case ProvlensPackage.ANNOTATION__TAGS:
				return tags != null && !tags.isEmpty();
			case ProvlensPackage.ANNOTATION__TARGETS:
				return targets != null && !targets.isEmpty();
			case ProvlensPackage.ANNOTATION__RECOMMENDATION:
				return recommendation != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (text: ");
		result.append(text);
		result.append(", author: ");
		result.append(author);
		result.append(", time: ");
		result.append(time);
		result.append(", severity: ");
		result.append(severity);
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //AnnotationImpl
