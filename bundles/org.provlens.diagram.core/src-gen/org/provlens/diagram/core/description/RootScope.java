/**
 */
package org.provlens.diagram.core.description;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Root Scope</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.provlens.diagram.core.description.DescriptionPackage#getRootScope()
 * @model
 * @generated
 */
public enum RootScope implements Enumerator {
	/**
	 * The '<em><b>NEIGHBOURHOOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The root element and what it contains, and every node within depth edge hops of them.
	 * <!-- end-model-doc -->
	 * @see #NEIGHBOURHOOD_VALUE
	 * @generated
	 * @ordered
	 */
	NEIGHBOURHOOD(0, "NEIGHBOURHOOD", "NEIGHBOURHOOD"),

	/**
	 * The '<em><b>SUBTREE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The root element's node and its content, expanded depth levels down.
	 * <!-- end-model-doc -->
	 * @see #SUBTREE_VALUE
	 * @generated
	 * @ordered
	 */
	SUBTREE(1, "SUBTREE", "SUBTREE");

	/**
	 * The '<em><b>NEIGHBOURHOOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The root element and what it contains, and every node within depth edge hops of them.
	 * <!-- end-model-doc -->
	 * @see #NEIGHBOURHOOD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEIGHBOURHOOD_VALUE = 0;

	/**
	 * The '<em><b>SUBTREE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The root element's node and its content, expanded depth levels down.
	 * <!-- end-model-doc -->
	 * @see #SUBTREE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBTREE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Root Scope</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RootScope[] VALUES_ARRAY =
		new RootScope[] {
			NEIGHBOURHOOD,
			SUBTREE,
		};

	/**
	 * A public read-only list of all the '<em><b>Root Scope</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RootScope> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Root Scope</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RootScope get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RootScope result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Root Scope</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RootScope getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RootScope result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Root Scope</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RootScope get(int value) {
		switch (value) {
			case NEIGHBOURHOOD_VALUE: return NEIGHBOURHOOD;
			case SUBTREE_VALUE: return SUBTREE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private RootScope(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //RootScope
